import { requireIdentity, UserError } from '@msa/subgraph-kit';
import {
  Arg,
  Ctx,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import type { UsersContext } from '../context';
import type { DataExportView } from '../services/privacy.service';
import { toUserErrors } from './payloads';

export enum DataExportStatus {
  PENDING = 'PENDING',
  READY = 'READY',
}
registerEnumType(DataExportStatus, {
  name: 'DataExportStatus',
  description: 'Where a data export stands: PENDING while subgraphs send their parts, READY to download.',
});

@ObjectType({
  description: "A copy of the signed-in customer's data across every service, as one JSON file.",
})
export class DataExport {
  @Field(() => ID, { description: 'Export id.' })
  id!: string;

  @Field(() => DataExportStatus, { description: 'PENDING until every service sent its part, then READY.' })
  status!: DataExportStatus;

  @Field(() => Int, { description: 'Services that have sent their part so far.' })
  partsReceived!: number;

  @Field(() => Int, { description: 'Services that hold personal data and send a part.' })
  partsExpected!: number;

  @Field(() => Date, { description: 'When it was requested.' })
  requestedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the file was assembled.' })
  readyAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the download link stops working (24 hours after ready).',
  })
  expiresAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Signed download path on the router's origin, valid until expiresAt and only with the owner's access token; null until ready or once expired.",
  })
  downloadPath!: string | null;
}

@ObjectType({ description: 'Result of requesting a data export.' })
export class DataExportPayload {
  @Field(() => DataExport, { nullable: true, description: 'The export being prepared.' })
  dataExport!: DataExport | null;

  @Field(() => [UserError], { description: 'Why it was refused (EXPORT_IN_PROGRESS), if it was.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of deleting the account.' })
export class DeleteAccountPayload {
  @Field(() => Boolean, { description: 'True once the account is deleted and every session ended.' })
  deleted!: boolean;

  @Field(() => [UserError], { description: 'Why nothing was deleted (INVALID_CREDENTIALS), if so.' })
  userErrors!: UserError[];
}

function toDataExport(view: DataExportView): DataExport {
  return Object.assign(new DataExport(), {
    id: view.id,
    status: view.status as DataExportStatus,
    partsReceived: view.status === 'READY' ? view.expected.length : Object.keys(view.parts).length,
    partsExpected: view.expected.length,
    requestedAt: view.requestedAt,
    readyAt: view.readyAt,
    expiresAt: view.expiresAt,
    downloadPath: view.downloadPath,
  });
}

@Resolver()
export class PrivacyResolver {
  @Query(() => DataExport, {
    nullable: true,
    description: "The signed-in customer's latest data export, or null when none was requested.",
  })
  async myDataExport(@Ctx() ctx: UsersContext): Promise<DataExport | null> {
    const identity = requireIdentity(ctx);
    const latest = await ctx.services.privacy.latestExport(identity.userId);
    return latest ? toDataExport(latest) : null;
  }

  @Mutation(() => DataExportPayload, {
    description:
      'Asks every service for a copy of your data; when the file is assembled you get a notification with a download link that works for 24 hours. One export at a time.',
  })
  async requestDataExport(@Ctx() ctx: UsersContext): Promise<DataExportPayload> {
    const identity = requireIdentity(ctx);
    const outcome = await ctx.services.privacy.requestExport(identity.userId);
    return Object.assign(new DataExportPayload(), {
      dataExport: outcome.ok ? toDataExport(outcome.value) : null,
      userErrors: outcome.ok ? [] : toUserErrors(outcome.problems),
    });
  }

  @Mutation(() => DeleteAccountPayload, {
    description:
      'Deletes your account for good after checking your password: you are signed out everywhere, your personal data is erased or anonymised in every service (orders keep their amounts), and the email can register again.',
  })
  async deleteMyAccount(
    @Arg('password', () => String, { description: 'Your current password, as a confirmation.' })
    password: string,
    @Ctx() ctx: UsersContext,
  ): Promise<DeleteAccountPayload> {
    const identity = requireIdentity(ctx);
    const outcome = await ctx.services.privacy.deleteAccount(identity.userId, password);
    return Object.assign(new DeleteAccountPayload(), {
      deleted: outcome.ok,
      userErrors: outcome.ok ? [] : toUserErrors(outcome.problems),
    });
  }
}
