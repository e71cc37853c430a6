import type { Metadata } from 'next';
import { ReviewModeration } from '@/components/review-moderation';

export const metadata: Metadata = { title: 'Reviews' };

export default function ReviewsPage() {
  return <ReviewModeration />;
}
