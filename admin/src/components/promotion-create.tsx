'use client';

import { useMutation } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { CreatePromotionMutation } from '@/graphql/promotions.graphql';
import { PageHeader } from './page-header';
import { PromotionEditor } from './promotion-editor';

export function PromotionCreate() {
  const router = useRouter();
  const [create] = useMutation(CreatePromotionMutation);
  return (
    <>
      <PageHeader title="New promotion" />
      <PromotionEditor
        submitLabel="Create promotion"
        save={async (input) => {
          const { data } = await create({ variables: { input } });
          return {
            promotion: data?.createPromotion.promotion,
            userErrors: data?.createPromotion.userErrors ?? [],
          };
        }}
        onSaved={(promotion) => router.push(`/promotions/${encodeURIComponent(promotion.id)}?created=1`)}
      />
    </>
  );
}
