/**
 * app/persistence/scm-shape — whether a document's `scm` has the shape of the simulator's
 * `ScmSpec`, so that a damaged or hostile file or share link cannot hand the simulator panel
 * data it would trip over. Only the shape is checked (types of every field the panel reads);
 * the meaning (parents, probabilities, expressions) is the engine's `validateScm`'s job, and its
 * messages appear in the panel. A document whose SCM fails this check still opens: the SCM is
 * carried along unchanged and the simulator starts from its defaults.
 */
import type { ScmSpec } from '../../engine';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const numberRecord = (v: unknown) => isObj(v) && Object.values(v).every(isNum);

function isDist(v: unknown): boolean {
  if (!isObj(v)) return false;
  switch (v.dist) {
    case 'normal':
      return isNum(v.sd);
    case 'uniform':
      return isNum(v.lo) && isNum(v.hi);
    case 'laplace':
      return isNum(v.scale);
    case 'studentT':
      return isNum(v.df) && isNum(v.scale);
    case 'bernoulli':
      return isNum(v.p);
    case 'categorical':
      return Array.isArray(v.p) && v.p.every(isNum);
    default:
      return false;
  }
}

function isEquation(v: unknown): boolean {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'linear':
      return isNum(v.intercept) && numberRecord(v.coef) && isDist(v.noise);
    case 'logistic':
      return isNum(v.intercept) && numberRecord(v.coef) && (v.link === undefined || v.link === 'logit' || v.link === 'probit');
    case 'cpt':
      return (
        Array.isArray(v.parents) &&
        v.parents.every(isStr) &&
        isNum(v.states) &&
        isObj(v.table) &&
        Object.values(v.table).every((row) => Array.isArray(row) && row.every(isNum))
      );
    case 'expr':
      return isStr(v.expr) && isDist(v.noise) && (v.output === 'continuous' || v.output === 'probability' || v.output === 'logit');
    default:
      return false;
  }
}

const KINDS = new Set(['continuous', 'binary', 'categorical']);

export function isScmSpecShape(value: unknown): value is ScmSpec {
  if (!isObj(value) || value.version !== 1 || !isNum(value.seed) || !isNum(value.n)) return false;
  if (!isStr(value.treatment) || !isStr(value.outcome) || !Array.isArray(value.nodes)) return false;
  if (value.contrast !== undefined && !(isObj(value.contrast) && isNum(value.contrast.treated) && isNum(value.contrast.control))) return false;
  return value.nodes.every(
    (n) => isObj(n) && isStr(n.id) && KINDS.has(n.kind as string) && (n.latent === undefined || typeof n.latent === 'boolean') && isEquation(n.eq),
  );
}
