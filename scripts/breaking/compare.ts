// One comparison of the spec at a git ref with the working tree's: the structural changes, evidence for
// each request-side breaking one, and the type-level witness.
import { type Change, diffSpecs } from './diff.js';
import { type OpenApiDocument } from './openapi.js';
import { type TypeWitness, typeWitness } from './type-witness.js';
import { DocumentValidators } from './validators.js';
import { type BodySeeds, type Evidence, findWitness } from './witness.js';

/**
 * A change with, for breaking request-side ones, the evidence found. `verdict` is `unconfirmed` for a
 * request-side break that the structure suggests but no generated old request demonstrates (typically
 * a rule moved from one place to another); those are listed and do not count as breaking.
 */
export type ReportedChange = Change & { evidence?: Evidence; verdict: 'breaking' | 'unconfirmed' | 'compatible' };

/** Everything `npm run check:breaking` says. */
export interface BreakingReport {
  /** What the working spec was compared with. */
  base: { ref: string; version?: string };
  head: { version?: string };
  changes: ReportedChange[];
  types: TypeWitness;
  /** Whether any change breaks users: a breaking change (with evidence, for requests) or a failing type check. */
  breaking: boolean;
}

/** Options of {@link compareSpecs}. */
export interface CompareOptions {
  seeds?: BodySeeds;
  /** Values tried per change by the evidence search. */
  runs?: number;
  /** Skip the type-level witness (it generates types and runs tsc: a few seconds). */
  types?: boolean;
}

/** Compares two bundled documents. */
export async function compareSpecs(
  before: OpenApiDocument,
  after: OpenApiDocument,
  labels: Pick<BreakingReport, 'base' | 'head'>,
  options: CompareOptions = {},
): Promise<BreakingReport> {
  const validators = { before: new DocumentValidators(before), after: new DocumentValidators(after) };
  const changes = diffSpecs(before, after).map((change): ReportedChange => {
    if (!change.breaking) return { ...change, verdict: 'compatible' };
    if (change.side !== 'request' || change.targets.length === 0) return { ...change, verdict: 'breaking' };
    const evidence = findWitness(before, after, change, validators, { ...(options.seeds ? { seeds: options.seeds } : {}), ...(options.runs ? { runs: options.runs } : {}) });
    return { ...change, evidence, verdict: evidence.found ? 'breaking' : 'unconfirmed' };
  });
  const types = options.types === false ? { checks: [] } : await typeWitness(before, after);
  const breaking = changes.some((change) => change.verdict === 'breaking') || types.checks.some((check) => !check.ok);
  return { ...labels, changes, types, breaking };
}
