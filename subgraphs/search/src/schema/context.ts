import type { SubgraphContext } from '@msa/subgraph-kit';
import type { RecommendationService } from '../services/recommendation.service';
import type { SearchAnalyticsService } from '../services/search-analytics.service';
import type { SearchService } from '../services/search.service';

export interface SearchServices {
  search: SearchService;
  analytics: SearchAnalyticsService;
  recommendations: RecommendationService;
}

export interface SearchContext extends SubgraphContext {
  services: SearchServices;
}
