import { requireIdentity } from '@msa/subgraph-kit';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { UsersContext } from '../context';
import type { AddressRecord } from '../data/address.repo';
import type { Outcome } from '../services/outcome';
import { AddAddressInput, UpdateAddressInput } from './inputs';
import { AddressPayload, RemoveAddressPayload, toUserErrors } from './payloads';

@Resolver()
export class AddressResolver {
  @Mutation(() => AddressPayload, { description: "Adds an address to the signed-in user's address book." })
  async addAddress(
    @Arg('input', () => AddAddressInput) input: AddAddressInput,
    @Ctx() ctx: UsersContext,
  ): Promise<AddressPayload> {
    const { userId } = requireIdentity(ctx);
    return this.payload(ctx, userId, await ctx.services.addressBook.add(userId, input));
  }

  @Mutation(() => AddressPayload, { description: 'Changes one of your addresses.' })
  async updateAddress(
    @Arg('id', () => ID, { description: 'Address id.' }) id: string,
    @Arg('input', () => UpdateAddressInput) input: UpdateAddressInput,
    @Ctx() ctx: UsersContext,
  ): Promise<AddressPayload> {
    const { userId } = requireIdentity(ctx);
    return this.payload(ctx, userId, await ctx.services.addressBook.update(userId, id, input));
  }

  @Mutation(() => RemoveAddressPayload, {
    description: 'Removes one of your addresses; the oldest remaining one becomes the default.',
  })
  async removeAddress(
    @Arg('id', () => ID, { description: 'Address id.' }) id: string,
    @Ctx() ctx: UsersContext,
  ): Promise<RemoveAddressPayload> {
    const { userId } = requireIdentity(ctx);
    const outcome = await ctx.services.addressBook.remove(userId, id);
    return Object.assign(new RemoveAddressPayload(), {
      removedAddressId: outcome.ok ? outcome.value : null,
      user: outcome.ok ? await ctx.services.directory.load(ctx.loaders, userId) : null,
      userErrors: outcome.ok ? [] : toUserErrors(outcome.problems),
    });
  }

  private async payload(
    ctx: UsersContext,
    userId: string,
    outcome: Outcome<AddressRecord>,
  ): Promise<AddressPayload> {
    return Object.assign(new AddressPayload(), {
      address: outcome.ok ? outcome.value : null,
      user: outcome.ok ? await ctx.services.directory.load(ctx.loaders, userId) : null,
      userErrors: outcome.ok ? [] : toUserErrors(outcome.problems),
    });
  }
}
