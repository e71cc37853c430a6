/**
 * Gives every demo variant that has no stock yet a deterministic quantity, through the public API as the demo
 * admin — the same path an operator would use, so it needs no access to the inventory database.
 */
async function gql<T>(
  routerUrl: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(routerUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data)
    throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
  return body.data;
}

function demoQuantity(variantId: string): number {
  let hash = 0;
  for (const char of variantId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return 20 + (hash % 80);
}

interface VariantStock {
  id: string;
  stock: { onHand: number; reserved: number } | null;
}

export async function seedDemoStock(
  routerUrl: string,
  adminEmail: string,
  adminPassword: string,
): Promise<number> {
  const login = await gql<{ login: { accessToken: string | null; userErrors: { message: string }[] } }>(
    routerUrl,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken userErrors { message } } }',
    { e: adminEmail, p: adminPassword },
  );
  const token = login.login.accessToken;
  if (!token)
    throw new Error(`demo admin login failed: ${login.login.userErrors.map((e) => e.message).join('; ')}`);

  const variants: VariantStock[] = [];
  let after: string | null = null;
  do {
    const page: {
      products: {
        nodes: { variants: VariantStock[] }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await gql(
      routerUrl,
      'query($after: String) { products(first: 100, after: $after) { nodes { variants { id stock { onHand reserved } } } pageInfo { hasNextPage endCursor } } }',
      { after },
      token,
    );
    variants.push(...page.products.nodes.flatMap((product) => product.variants));
    after = page.products.pageInfo.hasNextPage ? page.products.pageInfo.endCursor : null;
  } while (after);

  let stocked = 0;
  for (const variant of variants) {
    if (variant.stock && (variant.stock.onHand > 0 || variant.stock.reserved > 0)) continue;
    await gql(
      routerUrl,
      'mutation($v: ID!, $d: Int!) { adjustStock(variantId: $v, delta: $d, reason: "demo seed") { userErrors { message } } }',
      { v: variant.id, d: demoQuantity(variant.id) },
      token,
    );
    stocked += 1;
  }
  return stocked;
}
