'use client';

import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { SearchProductsQuery } from '@/__generated__/graphql';
import { priceRangeLabel, ratingThresholdLabel } from '@/lib/search/facet-labels';
import { EMPTY_SEARCH, hasFilters, toggleCategory, type SearchState } from '@/lib/search/search-state';

type Facets = SearchProductsQuery['search']['facets'];

function FacetGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ fontWeight: 700, mb: 0.5 }}>
        {title}
      </Typography>
      {children}
    </Stack>
  );
}

function counted(label: string, count: number) {
  return (
    <span>
      {label}{' '}
      <Typography component="span" variant="body2" color="text.secondary">
        ({count})
      </Typography>
    </span>
  );
}

/** The result's facets as filters; each change is a new URL (`onChange`). */
export function SearchFacets({
  facets,
  state,
  onChange,
}: {
  facets: Facets;
  state: SearchState;
  onChange: (next: SearchState) => void;
}) {
  const samePrice = (min: number, max: number | null | undefined) =>
    state.price?.min === min && state.price?.max === (max ?? null);

  return (
    <Stack spacing={2} aria-label="Filters" role="group">
      {hasFilters(state) && (
        <Button
          size="small"
          variant="text"
          sx={{ alignSelf: 'flex-start' }}
          onClick={() => onChange({ ...EMPTY_SEARCH, query: state.query, sort: state.sort })}
        >
          Clear filters
        </Button>
      )}
      <FormControlLabel
        control={
          <Switch
            checked={state.inStock}
            onChange={(event) => onChange({ ...state, inStock: event.target.checked })}
          />
        }
        label="In stock only"
      />
      {facets.categories.length > 0 && (
        <FacetGroup title="Category">
          {facets.categories.map((facet) => (
            <FormControlLabel
              key={facet.value}
              control={
                <Checkbox
                  size="small"
                  checked={state.categoryIds.includes(facet.value)}
                  onChange={() => onChange(toggleCategory(state, facet.value))}
                />
              }
              label={counted(facet.label, facet.count)}
            />
          ))}
        </FacetGroup>
      )}
      {facets.priceRanges.length > 0 && (
        <FacetGroup title="Price">
          {facets.priceRanges.map((facet) => (
            <FormControlLabel
              key={facet.min}
              control={
                <Radio
                  size="small"
                  checked={samePrice(facet.min, facet.max)}
                  onClick={() =>
                    onChange({
                      ...state,
                      price: samePrice(facet.min, facet.max)
                        ? null
                        : { min: facet.min, max: facet.max ?? null },
                    })
                  }
                />
              }
              label={counted(priceRangeLabel(facet.min, facet.max ?? null), facet.count)}
            />
          ))}
        </FacetGroup>
      )}
      {facets.ratings.length > 0 && (
        <FacetGroup title="Rating">
          {facets.ratings.map((facet) => (
            <FormControlLabel
              key={facet.value}
              control={
                <Radio
                  size="small"
                  checked={state.minRating === facet.value}
                  onClick={() =>
                    onChange({ ...state, minRating: state.minRating === facet.value ? null : facet.value })
                  }
                />
              }
              label={counted(ratingThresholdLabel(facet.value), facet.count)}
            />
          ))}
        </FacetGroup>
      )}
    </Stack>
  );
}
