/** Which claims are compared with which, and finding them in a sentence of many figures. */
import { Claim } from './claim';

/** The readings two claims must share to be compared; `fate` is matched apart (an unknown fate matches any). */
const KIND_FLAGS = ['conversion', 'reported', 'planned', 'share', 'adjusted', 'sought', 'added', 'forecast', 'reached', 'total', 'reference', 'remaining', 'separate', 'superseded', 'threshold'] as const;

/**
 * Claims compared with each other: of one kind and unit, values with values and conversions ("140
 * mph (225 km/h)") with conversions, a report's day ("…, officials said on Monday") with report days,
 * a plan's ("is due to visit Valna on Friday") with plans, one share of a split count with shares,
 * and a count whose fate is said ("six people are missing") not with one given another fate; so
 * too adjusted, asked-for, added and expected figures, a state a change reached, the total of a
 * part, an earlier event's figures, separate sums, a game clock's moments, an earlier report's
 * figures since replaced and the thresholds a vote had to reach, each only with its own kind (see Claim).
 */
export const sameKind = (a: Claim, b: Claim) => a.kind === b.kind && a.unit === b.unit && !a.conversion === !b.conversion && !a.reported === !b.reported && !a.planned === !b.planned && !a.share === !b.share && !a.adjusted === !b.adjusted && !a.sought === !b.sought && !a.added === !b.added && !a.forecast === !b.forecast && !a.reached === !b.reached && !a.total === !b.total && !a.reference === !b.reference && !a.remaining === !b.remaining && !a.separate === !b.separate && !a.superseded === !b.superseded && !a.threshold === !b.threshold && (!a.fate || !b.fate || a.fate === b.fate);

/** What sameKind compares besides the fate, as one string: equal keys, equal sorts. */
export function kindKey(c: Claim): string {
  let flags = '';
  for (const f of KIND_FLAGS) flags += c[f] ? '1' : '0';
  return `${c.kind}\u0001${c.unit}\u0001${flags}`;
}

/** Up to this many claims a sentence's like claims are found by walking them all. */
const FEW_CLAIMS = 24;

/**
 * The claims of a sentence that are of a claim's sort, in the sentence's order. A line of thousands
 * of figures (a results table, a paste gone wrong) is grouped once, so finding each figure's like
 * ones is not a walk over all of them per figure: a 50,000-character line of dates took 0.5 s to
 * check that way, and eight times as long when the walk's property reads went megamorphic.
 * Groups live as long as this object: one claim-evidence pass.
 */
export class LikeClaims {
  private readonly groups = new Map<Claim[], Map<string, Claim[]>>();

  of(claims: Claim[], claim: Claim): Claim[] {
    if (claims.length <= FEW_CLAIMS) return claims.filter((c) => sameKind(c, claim));
    let byKey = this.groups.get(claims);
    if (!byKey) {
      byKey = new Map();
      for (const c of claims) {
        const key = kindKey(c);
        const group = byKey.get(key);
        if (group) group.push(c);
        else byKey.set(key, [c]);
      }
      this.groups.set(claims, byKey);
    }
    const key = kindKey(claim);
    const group = byKey.get(key) ?? [];
    if (!claim.fate) return group;
    const fated = `${key}\u0002${claim.fate}`;
    let withFate = byKey.get(fated);
    if (!withFate) byKey.set(fated, (withFate = group.filter((c) => !c.fate || c.fate === claim.fate)));
    return withFate;
  }
}
