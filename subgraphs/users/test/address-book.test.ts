import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode, expectData } from '@msa/testing';
import { registered, usersHarnessForFile } from './support/users-harness';

interface AddressView {
  id: string;
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  country: string;
  phone: string | null;
  isDefault: boolean;
}
interface Payload {
  address: AddressView | null;
  user: { addresses: AddressView[] } | null;
  userErrors: { code: string; field: string[] | null; message: string }[];
}

const ADDRESS = 'id name line1 line2 city region postalCode country phone isDefault';
const PAYLOAD = `address { ${ADDRESS} } user { addresses { ${ADDRESS} } } userErrors { code field message }`;
const home = {
  name: 'Ann Lee',
  line1: '1 Main St',
  city: 'Springfield',
  postalCode: '62701',
  country: 'us',
  phone: '+1 555 123 4567',
};

describe('users: address book', () => {
  const users = usersHarnessForFile();
  let ann: { id: string; accessToken: string };
  let bob: { id: string; accessToken: string };

  const add = async (token: string, input: Record<string, unknown>) =>
    expectData(
      await users.request<{ addAddress: Payload }>(
        `mutation($i: AddAddressInput!) { addAddress(input: $i) { ${PAYLOAD} } }`,
        { i: input },
        token,
      ),
    ).addAddress;
  const update = (token: string, id: string, input: Record<string, unknown>) =>
    users.request<{ updateAddress: Payload }>(
      `mutation($id: ID!, $i: UpdateAddressInput!) { updateAddress(id: $id, input: $i) { ${PAYLOAD} } }`,
      { id, i: input },
      token,
    );
  const remove = (token: string, id: string) =>
    users.request<{
      removeAddress: { removedAddressId: string | null; user: { addresses: AddressView[] } | null };
    }>(
      `mutation($id: ID!) { removeAddress(id: $id) { removedAddressId user { addresses { ${ADDRESS} } } userErrors { code } } }`,
      { id },
      token,
    );

  beforeAll(async () => {
    ann = await registered(users);
    bob = await registered(users);
  });

  it('adds, updates and removes addresses, keeping exactly one default', async () => {
    const first = await add(ann.accessToken, home);
    expect(first.userErrors).toEqual([]);
    expect(first.address).toMatchObject({
      ...home,
      country: 'US',
      line2: null,
      region: null,
      isDefault: true,
    });

    const office = await add(ann.accessToken, {
      ...home,
      name: 'Ann at work',
      line1: '500 Office Park',
      isDefault: true,
    });
    expect(office.address?.isDefault).toBe(true);
    expect(office.user?.addresses.map((a) => [a.name, a.isDefault])).toEqual([
      ['Ann Lee', false],
      ['Ann at work', true],
    ]);

    const edited = expectData(
      await update(ann.accessToken, first.address!.id, { line2: 'Apt 4', phone: null, isDefault: true }),
    ).updateAddress;
    expect(edited.address).toMatchObject({
      line2: 'Apt 4',
      phone: null,
      isDefault: true,
      line1: '1 Main St',
    });
    expect(edited.user?.addresses.filter((a) => a.isDefault).map((a) => a.id)).toEqual([first.address!.id]);

    const removed = expectData(await remove(ann.accessToken, first.address!.id)).removeAddress;
    expect(removed.removedAddressId).toBe(first.address!.id);
    expect(removed.user?.addresses.map((a) => [a.id, a.isDefault])).toEqual([[office.address!.id, true]]);

    const me = expectData(
      await users.request<{ me: { defaultAddress: { id: string } } }>(
        '{ me { defaultAddress { id } } }',
        {},
        ann.accessToken,
      ),
    );
    expect(me.me.defaultAddress.id).toBe(office.address!.id);
  });

  it('reports invalid fields as userErrors and changes nothing', async () => {
    const invalid = await add(ann.accessToken, {
      ...home,
      country: 'XX',
      postalCode: ' ',
      line1: 'x'.repeat(201),
    });
    expect(invalid.address).toBeNull();
    expect(invalid.userErrors.map((e) => e.field)).toEqual([
      ['input', 'line1'],
      ['input', 'postalCode'],
      ['input', 'country'],
    ]);
    const [current] = expectData(
      await users.request<{ me: { addresses: AddressView[] } }>(
        '{ me { addresses { id isDefault } } }',
        {},
        ann.accessToken,
      ),
    ).me.addresses;
    const unmark = expectData(await update(ann.accessToken, current!.id, { isDefault: false })).updateAddress;
    expect(unmark.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', ['input', 'isDefault']],
    ]);
    const clear = expectData(await update(ann.accessToken, current!.id, { city: null })).updateAddress;
    expect(clear.userErrors.map((e) => e.field)).toEqual([['input', 'city']]);
  });

  it("does not let a customer see, update or remove another user's address", async () => {
    const bobs = await add(bob.accessToken, { ...home, name: 'Bob' });
    expect(errorCode(await update(ann.accessToken, bobs.address!.id, { name: 'Hijacked' }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await remove(ann.accessToken, bobs.address!.id))).toBe('NOT_FOUND');
    expect(errorCode(await update(ann.accessToken, 'not-a-uuid', { name: 'x' }))).toBe('NOT_FOUND');
    const { rows } = await users.db.query('SELECT name FROM addresses WHERE id = $1', [bobs.address!.id]);
    expect(rows).toEqual([{ name: 'Bob' }]);
  });

  it('requires sign-in', async () => {
    const response = await users.request(
      `mutation($i: AddAddressInput!) { addAddress(input: $i) { userErrors { code } } }`,
      { i: home },
    );
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });

  it('caps the address book at 20 entries', async () => {
    const carol = await registered(users);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => add(carol.accessToken, { ...home, name: `Addr ${i}` })),
    );
    const over = await add(carol.accessToken, home);
    expect(over.userErrors.map((e) => e.code)).toEqual(['ADDRESS_LIMIT_REACHED']);
    const { rows } = await users.db.query(
      'SELECT count(*)::int AS n, count(*) FILTER (WHERE is_default)::int AS defaults FROM addresses WHERE user_id = $1',
      [carol.id],
    );
    expect(rows[0]).toEqual({ n: 20, defaults: 1 });
  });
});
