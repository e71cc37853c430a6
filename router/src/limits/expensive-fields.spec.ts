import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fragmentsOf } from './fragments';
import { repeatedExpensiveField } from './expensive-fields';

function check(source: string) {
  const document = parse(source);
  const operation = document.definitions.find(
    (d) => d.kind === 'OperationDefinition',
  ) as OperationDefinitionNode;
  return repeatedExpensiveField(operation, fragmentsOf(document));
}

describe('repeatedExpensiveField', () => {
  it('allows one login per operation', () => {
    expect(check('mutation { login(email: "a", password: "b") { accessToken } }')).toBeNull();
  });

  it('finds aliased repeats, also through fragments', () => {
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `l${i}: login(email: "a", password: "${i}") { accessToken }`,
    );
    expect(check(`mutation { ${aliases.join(' ')} }`)).toEqual({ field: 'login', count: 30 });
    expect(
      check(
        'mutation { a: register(input: {email: "a", password: "b", name: "c"}) { accessToken } ...F ... on Mutation { c: register(input: {email: "a", password: "b", name: "c"}) { accessToken } } } fragment F on Mutation { b: register(input: {email: "a", password: "b", name: "c"}) { accessToken } }',
      ),
    ).toEqual({ field: 'register', count: 3 });
  });

  it('ignores queries and cheap mutations', () => {
    expect(check('{ a: me { id } b: me { id } }')).toBeNull();
    expect(
      check(
        'mutation { a: markAllNotificationsRead { userErrors { code } } b: markAllNotificationsRead { userErrors { code } } }',
      ),
    ).toBeNull();
  });
});
