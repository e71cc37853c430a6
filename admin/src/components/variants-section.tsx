'use client';

import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { AdminProductFieldsFragment } from '@/__generated__/graphql';
import { AddVariantMutation, RemoveVariantMutation, UpdateVariantMutation } from '@/graphql/products.graphql';
import { STORE_CURRENCY } from '@/lib/config';
import { draftFromVariant, EMPTY_VARIANT, optionsToText, variantChanges } from '@/lib/product-form';
import { useActionNotice } from '@/lib/use-action-notice';
import { ActionNotice } from './action-notice';
import { StockDialog, type StockTarget } from './stock-dialog';
import { StockLedgerDialog } from './stock-ledger-dialog';
import { VariantDialog } from './variant-dialog';

type Variant = AdminProductFieldsFragment['variants'][number];

/** The product's variants: prices, stock (adjust, low-stock level, ledger), and add / edit / remove. */
export function VariantsSection({ product }: { product: AdminProductFieldsFragment }) {
  const [editing, setEditing] = useState<Variant | 'new' | null>(null);
  const [stockTarget, setStockTarget] = useState<StockTarget | null>(null);
  const [ledgerOf, setLedgerOf] = useState<Variant | null>(null);
  const notices = useActionNotice();
  const [addVariant] = useMutation(AddVariantMutation);
  const [updateVariant] = useMutation(UpdateVariantMutation);
  const [removeVariant, removal] = useMutation(RemoveVariantMutation);
  const currency = product.variants[0]?.price.currency ?? STORE_CURRENCY;

  const remove = async (variant: Variant) => {
    if (!window.confirm(`Remove the variant ${variant.sku}? Existing carts and orders keep it.`)) return;
    await notices.perform(
      async () =>
        (await removeVariant({ variables: { id: variant.id } })).data?.removeProductVariant.userErrors,
      { refused: 'warning' },
    );
  };

  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
        <Typography variant="h6" component="h2">
          Variants
        </Typography>
        <Button onClick={() => setEditing('new')}>Add variant</Button>
      </Stack>
      <ActionNotice notice={notices.notice} onClose={notices.dismiss} />
      {product.variants.length === 0 ? (
        <Typography color="text.secondary">
          No variants: the product cannot be bought until it has one.
        </Typography>
      ) : (
        <TableContainer>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>SKU</TableCell>
                <TableCell>Title / options</TableCell>
                <TableCell align="right">Price</TableCell>
                <TableCell align="right">Former price</TableCell>
                <TableCell align="right">Weight</TableCell>
                <TableCell align="right">Available / on hand</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {product.variants.map((variant) => (
                <TableRow key={variant.id}>
                  <TableCell>{variant.sku}</TableCell>
                  <TableCell>
                    {variant.title}
                    <Typography variant="caption" color="text.secondary" component="div">
                      {optionsToText(variant.options)}
                    </Typography>
                  </TableCell>
                  <TableCell align="right">{variant.price.formatted}</TableCell>
                  <TableCell align="right">{variant.compareAtPrice?.formatted ?? '—'}</TableCell>
                  <TableCell align="right">{variant.weightGrams} g</TableCell>
                  <TableCell align="right">
                    {variant.stock ? (
                      <Typography
                        component="span"
                        color={variant.stock.lowStock ? 'warning.main' : undefined}
                      >
                        {variant.stock.available} / {variant.stock.onHand}
                      </Typography>
                    ) : (
                      'No stock record'
                    )}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Button
                      size="small"
                      aria-label={`Stock of ${variant.sku}`}
                      onClick={() =>
                        setStockTarget({
                          variantId: variant.id,
                          label: variant.sku,
                          onHand: variant.stock?.onHand ?? 0,
                          reserved: variant.stock?.reserved ?? 0,
                          lowStockThreshold: variant.stock?.lowStockThreshold ?? 0,
                        })
                      }
                    >
                      Stock
                    </Button>
                    <Button
                      size="small"
                      aria-label={`Ledger of ${variant.sku}`}
                      onClick={() => setLedgerOf(variant)}
                    >
                      Ledger
                    </Button>
                    <Button size="small" onClick={() => setEditing(variant)}>
                      Edit
                    </Button>
                    <Button
                      size="small"
                      color="error"
                      onClick={() => void remove(variant)}
                      disabled={removal.loading}
                    >
                      Remove
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {stockTarget && (
        <StockDialog
          target={stockTarget}
          onClose={() => setStockTarget(null)}
          onSaved={() => {
            notices.show({ severity: 'success', text: `Stock of ${stockTarget.label} saved.` });
            setStockTarget(null);
          }}
        />
      )}
      {ledgerOf && (
        <StockLedgerDialog variantId={ledgerOf.id} label={ledgerOf.sku} onClose={() => setLedgerOf(null)} />
      )}
      {editing === 'new' && (
        <VariantDialog
          title="New variant"
          initial={EMPTY_VARIANT}
          currency={currency}
          onClose={() => setEditing(null)}
          onSave={async (input) => {
            const { data } = await addVariant({ variables: { productId: product.id, input } });
            return data?.addProductVariant.userErrors;
          }}
        />
      )}
      {editing && editing !== 'new' && (
        <VariantDialog
          title={`Edit ${editing.sku}`}
          initial={draftFromVariant(editing)}
          currency={editing.price.currency}
          onClose={() => setEditing(null)}
          onSave={async (input) => {
            const changes = variantChanges(editing, input);
            if (Object.keys(changes).length === 0) return;
            const { data } = await updateVariant({ variables: { id: editing.id, input: changes } });
            return data?.updateProductVariant.userErrors;
          }}
        />
      )}
    </Paper>
  );
}
