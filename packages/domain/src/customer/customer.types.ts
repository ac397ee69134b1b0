export const CUSTOMER_KINDS = ['COMPANY', 'INDIVIDUAL'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

/** A = key customer (重点客户). Tier drives visit frequency, follow-up coverage and deadlines. */
export const CUSTOMER_TIERS = ['A', 'B', 'C'] as const;
export type CustomerTier = (typeof CUSTOMER_TIERS)[number];

export const LIFECYCLE_STAGES = ['PROSPECT', 'REGISTERED', 'VERIFIED', 'ACTIVE', 'CHURNED'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const CUSTOMER_SOURCES = ['HOTLINE', 'REFERRAL', 'SALES', 'WEBSITE', 'EXHIBITION', 'OTHER'] as const;
export type CustomerSource = (typeof CUSTOMER_SOURCES)[number];

export interface CustomerDraft {
  kind?: CustomerKind | null;
  name?: string | null;
  company?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  tier?: string | null;
  lifecycle?: string | null;
  tags?: string[] | null;
  notes?: string | null;
}
