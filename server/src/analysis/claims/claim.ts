/** A typed figure found in a sentence, and the readings that decide which others it is compared with. */

export type ClaimKind = 'money' | 'percent' | 'count' | 'duration' | 'ordinal' | 'year' | 'date' | 'weekday' | 'age' | 'tally' | 'time';

export interface Claim {
  kind: ClaimKind;
  /** Currency, noun or time unit the value is in: "USD", "manufacturer", "minute". */
  unit: string;
  /** Interval of values the text allows; equal ends for exact values (weekday and date are encoded as numbers). */
  low: number;
  high: number;
  /** The text of the value as written ("US$123 billion", "Tuesday"). */
  text: string;
  /** The word the value is said of, just before it ("turnout" in "a turnout of 61 per cent"), when there is one. */
  anchor?: string;
  /** The place a distance is measured from: "bhubaneswar" in "170 km north of Bhubaneswar". Distances from two places are not compared. */
  from?: string;
  /** A range, "30 to 60 cm", "between 10 and 20 people": low is its first number's. Compared with another range end by end. */
  ranged?: boolean;
  /** Said to be approximate ("about 30%"): its interval is the figure give or take 15%. */
  approx?: boolean;
  /** "About" a figure of three significant digits or more ("about 14,200"): give or take 3%. */
  nearFigure?: boolean;
  /** An age given after a full name ("Jonas Ekberg, 58,"): the name in lower case, "jonas ekberg". */
  person?: string;
  /**
   * An age given after a surname alone ("Kirk, 31,", "Mr. Lee (33)"): the surname in lower case.
   * Not a person (a surname may be any of a family), but another surname's age is another person's.
   */
  bearer?: string;
  /**
   * A weekday of the closing "…, officials said on Monday", or the date of a dateline ("NEW DELHI,
   * April 27 (IANS) –"): the day of the report, not of the event.
   */
  reported?: boolean;
  /** An average ("averaging 20.8 points, 5.4 rebounds and five assists", "28 points per game"): compared only with averages. */
  average?: boolean;
  /** A difference between two figures ("paid £40,000 less than the required surcharge", "200 fewer passengers than last year"): compared only with differences. */
  difference?: boolean;
  /**
   * A day after "since", or a weekday dating a start: when a state began ("at his beach house since
   * July 17", "closed since Monday", "The protests began on Monday"), not the day of the story's
   * event; compared only with such days. A year after "since" ("a record since 1990") is the year a
   * superlative is measured from.
   */
  since?: boolean;
  /** What a year after "since" is the first of ("first visit … since 2015": visit; "Meeting for the first time since 2019": meeting), as a stem: two such years of two things are not compared. */
  firstOf?: string;
  /** A weekday dating an end ("The manhunt ended Sunday"), or a date after "ended", "until" or "through" ("the quarter (ended October 26)", "open through Jan. 21"): when something that went on stopped, not a day it was going on; compared only with such days. */
  ended?: boolean;
  /**
   * A weekday's small hours ("in the early hours of Sunday morning", "early Sunday"): the end of the
   * night before, so the previous day said of that night ("Saturday night") is no other day.
   */
  smallHours?: boolean;
  /** What a possessive weekday names by its day: ["vendor-caused", "issue"] in "Friday morning's vendor-caused issue". */
  dayOf?: string[];
  /** The date a weekday is written with ("Monday, April 28"), as a date claim's value, and its year when given (a date's year too): the day's calendar date. */
  onDate?: number;
  onYear?: number;
  /** Stem of the word a weekday or a year dates, the nearest before it: "manhu" of "joined a manhunt Thursday", "rampa" of "rampaged across Lewiston on Wednesday", "murder" of "the Beverly Hills murders in 1996". */
  dates?: string;
  /** The date a year completes ("July 15, 2011", "30 January 1941"), as a date claim's value: years of two days date two events. */
  ofDay?: number;
  /** A weekday of something still to come: "is due to visit Valna on Friday", "talks will resume on Monday". */
  planned?: boolean;
  /** The value before it restated in another unit, in brackets: the "225 km/h" of "140 mph (225 km/h)". */
  conversion?: boolean;
  /** A conversion's: the middle of the value it restates, in the same unit ("185 mph" for "(295 km/h)"). */
  restated?: number;
  /** One share of a count split by place or group: the "241 people" of "241 people onboard and dozens on the ground". */
  share?: boolean;
  /** A year naming an event, "the 2002 Air China crash", "the 1997 election": which event the sentence is about. */
  label?: boolean;
  /**
   * A sum or a share on a company's adjusted basis ("non-GAAP earnings per share of $2.18",
   * "excluding items, it earned $2.18 a share", "core inflation"): another measure than the one
   * reported under the accounting rules ("diluted earnings per share was $0.99").
   */
  adjusted?: boolean;
  /**
   * Counts of the people a plane, ship, train or bus carried: "carrying 174 passengers", "with 171
   * passengers and six crew members on board". A story states it once (see STORY_MEASURES).
   */
  aboard?: boolean;
  /**
   * An amount asked for, not the one given: "the company that had sought $1.6 billion", "less than
   * the $1.6 billion in damages Dominion had been seeking", "prosecutors had sought a sentence of up
   * to 50 years". Compared only with other amounts asked for.
   */
  sought?: boolean;
  /**
   * An amount on top of another: "a further €30.9m in add-ons", "an additional $5 million", "another
   * 20 people", "an additional 100 percent tariff", "his 20 percent additional tariff". Not the
   * total: compared only with other such amounts.
   */
  added?: boolean;
  /**
   * A figure analysts or a consensus expected, not the one reported: "beating analysts' estimates
   * of $24.88 billion", "Analysts had expected earnings of 83 cents a share", "the $24.88 billion
   * analysts had forecast". Compared only with other expected figures.
   */
  forecast?: boolean;
  /** The size of a whole a part is given of: the 150 of "37 out of 150 seats". Compared only with other totals. */
  total?: boolean;
  /**
   * The number a vote or count had to reach: "needed 299 votes to oust him", "the 288 votes
   * required", "331 votes, well above the 288 needed". Compared only with other thresholds, and a
   * story measure (a story has one).
   */
  threshold?: boolean;
  /**
   * Said of the earlier event a superlative measures against: the 20 children of "the deadliest
   * shooting at a U.S. grade school since a gunman killed 20 children … at Sandy Hook". Compared
   * only with other such figures.
   */
  reference?: boolean;
  /** A state a change reached, "weakened to a Category 1 storm": not the state at another moment ("made landfall as a Category 3"). */
  reached?: boolean;
  /**
   * A sum of another thing than the story's, said so before it: "a follow-up $3.5 trillion spending
   * package", "a separate, even more ambitious $3.5 trillion social policy bill"; or one a measure
   * leaves out, "Excluding the $3.5 billion charge related to the fine, …". Compared only with
   * other such sums.
   */
  separate?: boolean;
  /**
   * Time left on a game's clock, "a field goal with 23 seconds left", "with six minutes remaining",
   * or minutes gone after "after" ("2-0 down after 80 minutes"): a moment of the game, one of many,
   * not a duration of the story. Compared only with such, in near copies.
   */
  remaining?: boolean;
  /**
   * The side a score is told against, the last word of its name: "patriots" in "a 41-33 victory over
   * the New England Patriots", "pacers" in "beating the Indiana Pacers 107-103". Scores against two
   * sides, neither named in the other's sentence, are two games.
   */
  side?: string;
  /**
   * What a duration measures, by the word after it: the length of something ("14 years of
   * Conservative rule": 'of') or the time between two events ("five years after the party's loss",
   * "two years ago": 'gap'). One of each is not compared.
   */
  span?: 'of' | 'gap';
  /**
   * What a gap is measured from: the word after "after", "before", "since" or "prior to" ("six hours
   * after his announcement": 'announcement'), or "later" and "earlier" themselves. Gaps from two
   * things ("12 hours later", after another step of the sentence) are not compared.
   */
  gapFrom?: string;
  /** A clock time written with neither a.m. nor p.m. ("at about 5:07"): either half of the day. */
  twelveHour?: boolean;
  /**
   * A figure an earlier report gave, which the sentence says was replaced: "the sheriff's
   * department initially said five people were on board", "had earlier reported at least 70
   * deaths". Compared only with such figures, and stating no story measure.
   */
  superseded?: boolean;
  /** What befell what a count counts, when the sentence says: "dead", "missing", "rescued", "survived" ("the remains of two people … have been recovered", "six people are missing"); "aboard" for everyone a vehicle carried. */
  fate?: string;
  /** The kind of event a fate's count is of, named before it in its sentence: "quake" of "the earthquake that struck on Monday, killing 48 people". */
  eventOf?: string;
  /** A percentage's sum, right beside it: the $24.9 billion of "services revenue of $24.9 billion, up 12 per cent" (its low and high). */
  ofSum?: [number, number];
  /** A percentage's reading: a change ("surged 24%", "a 28% increase") or a level ("margins at 49%", "a margin of 30.5%"). Not compared with the other. */
  moves?: 'change' | 'level';
  /** The line of a company's results a sum is said of, named before it: "gaming" of "Gaming revenue reached $3.3 billion". A story states each once. */
  line?: string;
  start: number;
  end: number;
}

/** A claim of one exact value (a weekday, a date, an ordinal, an age, a tally). */
export function exact(kind: ClaimKind, unit: string, v: number, text: string, start: number, end: number): Claim {
  return { kind, unit, low: v, high: v, text, start, end };
}
