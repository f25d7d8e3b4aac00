/**
 * Causeway engine — the public API. Pure TypeScript: no React, no DOM, no globals.
 * Each export is documented where it is defined; this file only gathers them.
 */
export * from './graph/types';
export * from './graph/build';
export * from './graph/indexed';
export * from './graph/ancestry';
export * from './graph/districts';
export * from './graph/order';
export * from './graph/validate';
export * from './graph/names';
export * from './paths/dseparation';
export * from './identify/expression';
export * from './errors';
export * from './report';
export * from './paths/path-rule';
export * from './paths/separation';
export * from './paths/simple-paths';
export * from './paths/path-list';
export * from './paths/path-explain';
export * from './io/exports-dot';
export * from './io/imports-dot';
export * from './io/exports-tikz';
export * from './io/exports-python';
export * from './adjust/frontdoor-report';
export * from './io/exports-svg';
export * from './identify/free-variables';
export * from './identify/canonical';
export * from './identify/tex';
export * from './identify/evaluate';
export * from './identify/latent-projection';
export * from './identify/identify';
export { type Diagnostic, type ParseResult, type Severity, formatDiagnostic } from './io/diagnostics';
export * from './io/dagitty-parse';
export * from './io/dagitty-serialize';
export * from './io/dagitty-legacy-write';
export * from './io/canonical';
export * from './io/document-types';
export * from './io/document';
export * from './io/document-validate';
export { MIGRATIONS, type Migration } from './io/document-migrate';
export * from './io/load';
export * from './adjust/formulas';
export * from './adjust/adjustment-api';
export * from './adjust/adjustment-report';
export * from './identify/simplify';
export * from './adjust/implications';
export * from './io/share-link';
export * from './sim/rng';
export * from './sim/spec';
export * from './sim/expand';
export * from './sim/expr';
export * from './sim/validate';
export * from './sim/sample';
export * from './sim/contrast';
export * from './sim/truth';
export * from './sim/joint';
export * from './sim/defaults';
export * from './sim/validity';
export {
  ESTIMATOR_KINDS,
  type Estimand,
  type EstimateResult,
  type EstimatorFailure,
  type EstimatorKind,
  type EstimatorRequest,
  type SimDiagnostic,
} from './sim/estimators/types';
export * from './sim/estimators/run';
export * from './sim/check';
export * from './sim/coverage';
export * from './sim/presets';
export * from './sim/seedArticle';
export * from './sim/csv';
export * from './sim/diagnostics/abtest';
export * from './sim/diagnostics/balance';
export * from './adjust/instruments';
export * from './adjust/labels';
export * from './adjust/labels-warnings';
export * from './identify/report';
export * from './io/report-markdown';
export * from './sim/standardize';
export * from './sim/dataset';
export * from './io/latex-text';
export * from './io/export-formats';
