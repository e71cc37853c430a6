import { composeServices } from '@apollo/composition';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
const services = ['products', 'users', 'inventory'].map((name) => ({
  name,
  url: `http://${name}`,
  typeDefs: parse(readFileSync(`/tmp/sdl-${name}.graphql`, 'utf8')),
}));
const result = composeServices(services);
if (result.errors) console.log('ERRORS', result.errors.map((e) => e.message));
else console.log('composed OK; hints:', result.hints.map((h) => h.message).filter((m) => /inventory|StockLevel|ProductVariant|User/.test(m)).slice(0, 10));
