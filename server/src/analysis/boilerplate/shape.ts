/**
 * Line-shape tests for page furniture. Every pattern is anchored and linear: lines reaching these
 * tests are at most SHORT_LINE characters, and no pattern nests quantifiers.
 */
import { isMarkupLine } from './markup';
import { BoilerplateReason } from './phrases';
import { DEFAULT_CUES, PRONOUNS } from '../quotes/cues';

export const SHORT_LINE = 160;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** A month's name or its abbreviation, and nothing longer ("Marathon" is no month). */
const MONTH_NAME = '(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?)';
/** A full date with its year, in the spellings pages print: "Nov 18, 2019", "18 November 2019", "29th, June, 2024", "2019-11-18", "11/18/19", "11-04-2025". */
const DATE = `(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)?,? ${MONTH},? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{4}/\\d{2}/\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}-\\d{1,2}-\\d{4})`;
/** A date alone, with its weekday or clock time: "Thursday , November 7 2024" too, as flattened spans leave a weekday's comma. */
const DATE_ONLY = new RegExp(
  `^(?:\\d{1,2}[:.]\\d{2} ?(?:am|pm|a\\.m\\.|p\\.m\\.)?(?: [a-z]{2,4})?,? )?(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.? ?,? )?${DATE}(?:,? (?:at |- |\\| )?\\d{1,2}[:.]\\d{2} ?(?:am|pm|a\\.m\\.|p\\.m\\.)?(?: [a-z]{2,4})?)?$`,
  'i',
);
/** A writer's name of two or three capitalised words run into the digits of a stamp. */
const GLUED_WRITER = /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'\u2019-]+){1,2}(?=\d)/u;
/** After a date alone, a full stop or the dateline's place in capitals after a bar: "July 26th 2024.", "Jul. 27, 2024 | PARIS". */
const DATE_TAIL = /(?:\.| \| \p{Lu}[\p{Lu} .'-]{1,30})$/u;
/** "#Castania #Norvia #railway", "#USA#BreakingNews#News": a line of hashtags alone, a page's topic list. */
const HASHTAGS = /^#[\p{L}\p{N}_]+(?:\s*#[\p{L}\p{N}_]+)+$/u;
/** A page's skip links, also run together as flattening leaves them: "Skip to main contentSkip to navigation". */
const SKIP_LINKS = /^skip to (?:the )?(?:main )?(?:content|navigation|search|footer|menu)/i;
/** A link to the site's page on its standards, by the byline: "Why you can trust SCMP". */
const TRUST_LINK = /^[Ww]hy you can trust (?:the )?(?:\p{Lu}[\p{L}&.'\u2019-]*\s?){1,4}$/u;
/** "Nov 18", "November 20", "Nov 7 23:05": a teaser's date without the year. */
const MONTH_DAY = new RegExp(`^${MONTH_NAME} \\d{1,2}(?:,? \\d{1,2}:\\d{2}(?: ?[ap]m)?)?$`, 'i');
/** "7H ago 08:51", "Nov 18 01:01:43": a video teaser's age and its length. */
const VIDEO_STAMP = new RegExp(`^(?:\\d{1,3} ?[a-z]{1,7} ago|${MONTH_NAME} \\d{1,2}) (?:\\d{1,2}:)?\\d{1,2}:\\d{2}$`, 'i');
const TIMESTAMP_WORDS = /^(?:published|updated|posted|last updated|last modified|first published|modified|created)\b/i;
/**
 * What follows a stamp's label: a colon, "on", "at", "by", a bar or dash, a figure, a month or a
 * weekday ("Updated: 8:30pm", "Published 18 November 2026", "Posted by Ana Ruiz on …"); "Updated
 * figures show 40 people were hurt." opens a sentence.
 */
const STAMP_LABEL_NEXT = /^(?:published|updated|posted|last updated|last modified|first published|modified|created)\s?(?:[:|\u2013\u2014\u00B7-]|on\b|at\b|by\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b|$)/i;
/** "This article is more than 2 years old": a page's notice of its own age. */
const AGE_NOTICE = /^this (?:article|story|page|content) is (?:more|over) than (?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?:days?|weeks?|months?|years?) old$/i;
/**
 * A clock time alone with its half of the day or its zone: "7:16 PM EAT", "10:43 pm IST", a stamp
 * split from its date. Above the article only: a live story heads its entries so ("4:14 p.m.").
 */
export function isTimeOnly(t: string): boolean {
  return t.length <= 20 && TIME_ONLY.test(t);
}
const TIME_ONLY = /^\d{1,2}[:.]\d{2} ?(?:(?:am|pm|a\.m\.|p\.m\.)(?: [A-Z]{2,4})?|[A-Z]{2,4})$/i;
/** A clock time ("4:07 PM"): a "Published … | Updated …" line with one, not ending as a sentence, runs longer. */
const CLOCK_TIME = /\b\d{1,2}:\d{2}\b/;
/** "11h ago", "3 mins ago", "an hour ago", "2 days ago at 07:50 am", "just now": when a teaser or comment was posted. */
const RELATIVE_TIME = /^(?:(?:\d{1,3} ?|an? )(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?) ago(?: at \d{1,2}:\d{2}(?: ?[ap]m)?| (?:on|in) [\w+&' ]{1,30})?|just now|(?:today|yesterday)(?: at)? \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?)$/i;
/** "Apple working on new media apps ~11 hours ago": a teaser headline with its age (a story's own sentence says "30 years ago."). */
const TEASER_AGE = /\S (?:~\d{1,3} ?[a-z]{1,7}|\d{1,3} ?(?:mins?|minutes?|hrs?|hours?|days?)) ago$/i;
/** "November 19, 2019 / 12:21 AM / Updated 14 hours ago", "Nov 18, 2019 @17:19 PM · Updated: …": a dated stamp and what follows it. */
const DATE_LEAD = new RegExp(`^${DATE} ?[/\u00B7|@\u2022-] ?`, 'i');
/** "November 21, 2026 by Observer Staff": a post's date and its author, the byline of a blog. */
const DATED_BYLINE = new RegExp(`^(?:posted on )?${DATE} by [\\p{L}\\p{N}._'\u2019-]{1,40}(?: [\\p{L}\\p{N}._'\u2019-]{1,40}){0,3}$`, 'iu');
/** A full date (with its year) anywhere in a line: "By Ana Ruiz - 11/19/26 06:56 AM EST" has one after the author's name. */
const FULL_DATE = new RegExp(`\\b${DATE}`, 'i');
/** A clock time just after that date ("T20:51" of an ISO stamp included). */
const TIME_AFTER_DATE = /^[^.!?\d]{0,20}?(?:^|[^\d])\d{1,2}:\d{2}(?!\d)/;
/**
 * A page's stamp after an author's name or a label: "Chris Davies - Nov 19, 2026, 10:31 pm CST",
 * "By Ana Ruiz, Wednesday, 18 November 2026 08:05 GMT". A date and its clock time in a short line
 * that is no sentence; a sentence giving a time ends as one.
 */
function isDatedStamp(t: string, wordCount: number): boolean {
  if (wordCount > 16 || !t.includes(':') || /[.!?:]["\u201D\u2019]?$/.test(t)) return false; // no clock time, no stamp: most lines leave here
  const m = FULL_DATE.exec(t);
  return m !== null && TIME_AFTER_DATE.test(t.slice(m.index + m[0].length, m.index + m[0].length + 30));
}
/** A gallery's label for one of its pictures: "Image 1 from gallery". */
const GALLERY_ITEM = /^(?:image|photo|picture|slide) \d{1,3} (?:from|of|in) (?:the )?gallery$/i;
/** "34 photos", "12H ago 34 photos", "Nov 18 52 photos": a gallery teaser's counter, with its date. */
const GALLERY_COUNT = new RegExp(`^(?:(?:\\d{1,3} ?[a-z]{1,7} ago|${MONTH} \\d{1,2}(?:,? \\d{4})?),? )?\\d{1,4} (?:photos?|pictures?|images?|videos?|slides?)$`, 'i');
/** "From the August 3rd 2024 edition", "From the print edition": the magazine issue a story ran in. */
const EDITION_NOTE = /^from the (?:print edition|[A-Za-z]{3,9} \d{1,2}(?:st|nd|rd|th)?,? \d{4} edition)$/i;
/** "1/13", "1 / 23", "3 of 12", "Photo 3 of 12": a gallery's place (checked: the first no more than the second). */
const GALLERY_POSITION = /^(?:(?:photo|image|picture|slide)s? )?(\d{1,3}) ?(?:\/|of) ?(\d{1,3})$/i;
/** "Swipe or click to see more", "Tap to see all photos", "View gallery": a gallery's controls. */
const GALLERY_PROMPT = /^(?:(?:swipe|click|tap|scroll)(?: or (?:swipe|click|tap|scroll))? (?:to (?:see|view) |for )(?:more|all|next|the next)(?: photos| images| pictures| slides)?|(?:view|open|see|browse) (?:the )?(?:full |photo )?(?:gallery|slideshow)|(?:view|see) all \d{0,4} ?(?:photos|images|pictures))$/i;

/** A gallery's position counter, the first number no more than the second. */
function isGalleryPosition(t: string): boolean {
  const m = GALLERY_POSITION.exec(t);
  return m !== null && +m[1] >= 1 && +m[1] <= +m[2];
}
/** "Publié le 27 novembre 2026 à 14h05", "Veröffentlicht am 27.11.2026": a stamp's label in another language, then a figure. */
const STAMP_OTHER_LANGUAGE = /^(?:publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)[\s:][^.!?]{0,80}\d/i;
/** "27.11.2026, 14:05 Uhr": a German or Dutch page's date with its time; "01:50 GMT 09.09.2023 (Updated: 02:39 GMT 09.09.2023)", the time first. */
const DOTTED_STAMP = /^\d{1,2}\.\d{1,2}\.\d{4},?\s\d{1,2}[:.]\d{2}(?:\s?uhr)?$|^\d{1,2}:\d{2}(?: [A-Z]{2,4})? \d{1,2}\.\d{1,2}\.\d{4}(?: \([Uu]pdated:? [^()]{1,40}\))?$/i;
const READING_TIME = /^\d{1,3} ?(?:min|mins|minute|minutes)(?: read| to read| listen)?$/i;
/** A reading time glued to the label after it: "2 min readSource". */
const READING_TIME_GLUED = /^\d{1,3} ?(?:[Mm]in|[Mm]ins|[Mm]inutes?) [Rr]ead[A-Z][a-z]{2,12}$/;
/** "Reuters February 04, 2026 2 min read", "By Ana Ruiz · 5 min read", "…No Comments11 Mins Read", "Reading time:7 mins read": a stamp or byline ending in its reading time. */
const READING_TIME_END = /(?:\s|\p{L}|:)\d{1,3} ?(?:min|mins|minute|minutes) read$/iu;
/** "Reading time: 4 minutes", "Tempo de leitura: 1 minuto", "Lesezeit: 3 Min.": a label, a number, minutes. */
const READING_TIME_LABEL = /^(?:estimated )?(?:reading time|read time|time to read|tempo de leitura|tiempo de lectura|temps de lecture|tempo di lettura|lesezeit|leestijd|czas czytania|время чтения)\s?[:\-\u2013]?\s?(?:about |approx\. |~)?\d{1,3}\s?(?:min|mins|minutes?|minutos?|minuti|minuten|minut|мин|минут[аы]?)\.?$/i;
const DURATION = /^(?:\d{1,2}:)?\d{1,2}:\d{2}$/;
/** "Duration: 4 minutes 30 seconds": a player's label for its length. */
/** "Listen · 4:32", "0:00 / 1:23": an audio or video player's length, or its position and length. */
const PLAYER_TIME = /^(?:(?:listen|play|watch)\s?[\u00B7|:-]?\s?(?:\d{1,2}:)?\d{1,2}:\d{2}|(?:\d{1,2}:)?\d{1,2}:\d{2} ?\/ ?(?:\d{1,2}:)?\d{1,2}:\d{2})$/i;
/** "Listen to this article · 5:12 min Learn more", "Listen 5 min": an article's audio and its length. */
const LISTEN_TIME = /^listen(?: to this (?:article|story))?\s?[\u00B7|:-]?\s?(?:(?:\d{1,2}:)?\d{1,2}:\d{2}|\d{1,3}) ?(?:min|mins|minutes)?(?: learn more)?$/i;
/** "(Updates with closing share price in fifth paragraph)", "(Adds quote from minister in paragraph 5)": a wire's note of what a new version changed. */
const UPDATE_NOTE = /^\((?:updates?|adds|recasts|rewrites|corrects|refiles|changes)\b[^()]{1,120}\)$/i;
/** "--With assistance from Ana Ruiz.": Bloomberg's credit of who else reported (its dashes are cut off before the test; they are required). */
const ASSISTANCE_NOTE = /^[Ww]ith assistance from \p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3}(?:(?:,| and|, and) \p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3}){0,5}\.?$/u;
/** "Most Read from Bloomberg", "Most Popular on Harbour Post": another site's list of its read stories. */
const MOST_READ_FROM = /^(?:Most|MOST) (?:[Rr]ead|[Pp]opular|[Vv]iewed|READ|POPULAR|VIEWED) (?:from|on|at|FROM|ON|AT) \p{Lu}[\p{L}.' ]{1,30}$/u;
/** "Follow AP's coverage at https://apnews.com/hub/earthquakes": a link to the site's topic page. */
const FOLLOW_COVERAGE = /^follow (?:\S+ ){0,3}coverage (?:of [^:]{1,60} )?at https?:\/\/\S+$/i;
/** "Sign up to First Edition", "Sign up for The Morning": a newsletter named as a title, no sentence. */
const SIGN_UP_TO = /^[Ss]ign up (?:to|for) (?:the |our )?\p{Lu}[\p{L}'\u2019 ]{1,40}$/u;
/** "NEW You can now listen to Fox News articles!": a site's note of its own audio feature. */
const LISTEN_FEATURE = /^(?:new:? )?you can now listen to [\p{L}. ]{2,40} articles!?$/iu;
/** A link labelled for screen readers as opening a new tab: "Purchase Licensing Rights, opens new tab". */
const OPENS_NEW_TAB = /, opens (?:a )?new (?:tab|window)$/i;
/** "Sputnik push notifications", "Get Gunners news notifications": a prompt to turn on a site's alerts. */
const NOTIFICATIONS = /^(?:(?:get|turn on|enable|allow) )?(?:\S+ ){0,3}(?:push |news |breaking news )?notifications$/i;
/** "Comments / 1", "Comments: 12": a comment count with its label. */
const COMMENT_TALLY = /^comments?\s?[/|:]\s?\d{1,6}$/i;
/** "You are here:   Home", "you are here: HomeNewsBusinessMarkets": a breadcrumb's label. */
const YOU_ARE_HERE = /^you are here\s?:/i;
/** "Trending stories at Scrippsnews.com": another site's list of stories. */
const TRENDING_AT = /^trending (?:stories|now|news|articles) (?:at|on) \S+$/i;
/** "VIDEO0:5700:57", "Video 2:14": a player's label glued to its length (shown twice, as CNBC's page flattens). */
const VIDEO_LABEL_TIME = /^video ?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:(?:\d{1,2}:)?\d{1,2}:\d{2})?$/i;
/** "Loading...", "Loading comments...", "Loading, Please Wait!": a widget still loading when the page was saved. */
const LOADING = /^loading(?:[ ,]+(?:comments|newsletters|audio|video|content|please wait))*[ .\u2026!]*$/i;
const DURATION_LABEL = /^duration:\s?(?:\d{1,2}:)?\d{1,2}(?::\d{2}|\s(?:hours?|minutes?|mins?|seconds?|secs?)(?:\s\d{1,2}\s(?:minutes?|mins?|seconds?|secs?))?)$/i;
const COUNT = /^\d{1,7}$/;
/** "28 more", "+12 more": the rest of a list or comment thread, collapsed. */
const MORE_COUNT = /^\+?\d{1,5} more(?: comments?| replies| reply)?(?:\.\.\.|\u2026)?$/i;
/** "604 COMMENTS", "1,204 views", "2620 views", "1.2K views", "Rating: 25 Votes": a counter under a story or a comment. */
const NAMED_COUNT = /^(?:rating: )?(?:\d{1,3}(?:,\d{3}){0,2}|\d{4,7}|\d{1,3}(?:\.\d)?[KkMm]) (?:comments?|replies|reply|votes?|likes?|shares?|views?|reactions?|points?)$/i;
/** A picture's label for a person: a comment section's "Sam Messersmith's avatar", "User's avatar", a blog theme's author picture "Ana Ruiz profile image". */
const AVATAR = /^\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3}(?:['\u2019]s avatar| profile (?:image|picture|photo))$/u;
/** A newsletter's own prompts: "Thanks for reading The Harbour Letter! Subscribe for free …", "Thank you for reading this post, don't forget to subscribe!", "Subscribe to The Harbour Letter". */
const NEWSLETTER_OWN = /^(?:(?:thanks|thank you) for reading\b.{0,80}\bsubscribe\b|subscribe to (?:the )?\p{Lu}[\p{L}'\u2019-]*(?: (?:of |the |and )?\p{Lu}[\p{L}'\u2019-]*){0,4}$)/iu;
/**
 * A metered paywall's count, with its pitch: "💡 You've read article/s this month. Support Team … by
 * joining as a member.", "You have read 3 of 5 free articles", "You've read 2 articles, 1 left".
 */
const READ_METER = /^(?:\p{So}\s?)?you(?:'ve|\u2019ve| have) read\b.{0,40}(?:\bfree articles?\b|\barticles?\b.{0,30}\b(?:this month|left|remaining)\b)/iu;
/** "by Jhon Lennon 54 views", "By Ana Ruiz · 1.2K views": a byline with the post's counter. */
const BYLINE_COUNT = /^[Bb]y \p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3} (?:[\u00B7|] )?\d{1,3}(?:[,.]\d{1,3})*[KkMm]? (?:views?|comments?|likes?|reads?)$/u;
/** "0 0 votes", "4.5 12 votes": a rating widget's average and its count of votes. */
const RATING_COUNT = /^\d(?:\.\d{1,2})? \d{1,3}(?:,\d{3})* votes?$/i;
/** "Comments (214)", "Shares: 1,204": the counter's name before its number. */
const COUNT_NAMED_FIRST = /^(?:comments?|replies|responses|views|shares|likes|reactions|votes)\s?(?:\(\d{1,3}(?:,\d{3}){0,2}\)|:\s?\d{1,3}(?:,\d{3}){0,2})$/i;
/**
 * A link's label: "Read more:", "Related:", "Watch –", "Also Read :  " (a page's spacing kept); the
 * story in another language: "En español: Hay un nuevo …", "Read in Spanish:".
 */
const LINK_PREFIX = /^(?:also read|read more|read also|now read|see also|see more|related(?: (?:posts?|stor(?:y|ies)|articles?|roundup|reading|coverage|videos?|links?))?|more|watch|listen|recommended|opinion|explainer|analysis|live|video|en espa\u00F1ol|en fran\u00E7ais|em portugu\u00EAs|auf deutsch|(?:read )?in (?:english|spanish|french|portuguese|german))\s?[:|\u2013\u2014-]\s{0,3}(?=\S)/i;
/** A label and a headline, which opens in capitals, a figure or a quote mark ("More: the council also approved …" is a sentence). */
function isLinkLabelled(t: string): boolean {
  const m = LINK_PREFIX.exec(t);
  return m !== null && !/\p{Ll}/u.test(t[m[0].length]);
}

/** A labelled link to another story, also in brackets as some sites set it between paragraphs: "(MORE: How the flood happened)", or after an arrow: "» READ MORE: …". */
function isRelatedLink(t: string): boolean {
  if (t.startsWith('\u00BB ')) t = t.slice(2);
  const c = t.charCodeAt(0);
  const inner = (c === 0x28 && t.endsWith(')')) || (c === 0x5b && t.endsWith(']')) ? t.slice(1, -1).trim() : t;
  return isLinkLabelled(inner) && !/[.!]["\u201D]?$/.test(inner) && (!/\?["\u201D]?$/.test(inner) || READ_ALSO.test(inner));
}

/** The labels that only ever point to another story: its headline may ask a question ("See Also: Is the Stock Overvalued?"). */
const READ_ALSO = /^(?:also read|read more|read also|now read|see also|related(?: (?:posts?|stor(?:y|ies)|articles?|reading|coverage|links?))?)\s?[:|\u2013\u2014-]/i;
const TAGS_PREFIX = /^(?:tags?|topics?|filed under|categories|category|post categor(?:y|ies)|keywords|suggested topics|see more on)\s?:/i;
const CREDIT = /^(?:source|sources|photo|photos|image|images|picture|credit|credited (?:from|to)|photograph|video|file photo|graphic|illustration|(?:photo|image|picture|video)s? credits?)\s?:\s?[^\s:][^:]{0,60}$/i;
/** A view or share counter's figure alone: "3.7K", "438.3K", "1.2M". */
const BARE_COUNT = /^\d{1,3}(?:[.,]\d{1,2})?[KkMm]$/;
/** A line wholly in brackets: "[This story is developing]", "(This story has been updated.)". */
const isBracketed = (t: string) => (t[0] === '[' && t.endsWith(']')) || (t[0] === '(' && t.endsWith(')'));
/** A page's note that the story is still being written: "This is a developing story…", "More to follow.", Sky's "This breaking news story is being updated and more details will be published shortly." and "Please refresh the page for the latest version.", "Please check back for updates.", AP's "AP's earlier story follows below.", "[We are working to expand this information]" (brackets read past), "This story has been updated with new developments." */
const STORY_STATUS = /^(?:(?:this is an? (?:developing|breaking)(?: news)? (?:story|update)(?:,? and (?:it )?will be updated)?|(?:a )?developing story|(?:[a-z]{1,15}(?: [a-z]{1,15}){0,2}['\u2019]s )?earlier story follows(?: below)?|this story is (?:developing|being updated)|(?:more|further) (?:(?:details|information|updates) )?to (?:follow|come)|we(?: are|['\u2019]re) working to (?:expand|update) this (?:information|story|article|report)|(?:please )?check back (?:later |soon )?for (?:updates|more)|(?:please )?(?:refresh|reload)(?: (?:the|this) page)? for (?:updates|the latest(?: version| updates)?)|this (?:(?:breaking|developing)(?: news)? )?(?:post|story|article|page) (?:will be|is being|has been) updated(?: as (?:new|more) information (?:is|becomes) available| with (?:additional|more|new|the latest) (?:information|details|reporting|developments)| and (?:more|further) details will be (?:published|added) (?:shortly|soon))?)\s?[.\u2026!;]*\s*){1,2}$/i;
/** A pointer to the outlet's live blog: "Follow our live updates here", "Read the latest in our live blog", "Follow updates in our live blog below.", "For live updates, follow our blog." */
const LIVE_POINTER = /^(?:(?:follow|read|see|get|catch up (?:on|with)|keep up with)(?: (?:all|our|the))*(?: latest)?(?: updates)?(?: (?:in|on) our)? live (?:updates|coverage|blog|reporting)\b|for (?:the latest )?live (?:updates|coverage),)[^.!?]{0,40}[.!]?$/i;
/** A promotion of the outlet's video channel: "Watch more of our videos on ShotsTV.com and on Freeview 262". */
const VIDEO_PROMO = /^(?:watch|see) more (?:of our |from us |from the [\p{L}' ]{1,30} )?videos?\b/iu;
/** A line pointing to the page's player: "Watch the full exchange in the video below", "See the moment in the player above.", "Watch the video above." */
const VIDEO_POINTER = /^(?:watch|see|view)\b(?:[^.!?]{0,80}\b(?:in|on) the (?:video|player|clip)(?: player)?| (?:the )?(?:full )?(?:video|clip)) (?:below|above)\.?$/i;
/**
 * A site's note that it is paid for what readers buy through its links: "If you buy something
 * through this post, the site may get a share of the sale", "We may earn a commission from links on
 * this page", "As an Amazon Associate I earn from qualifying purchases", "This article contains
 * affiliate links". Each names the links, the page or the purchases, not affiliate deals in general.
 */
const AFFILIATE = /\b(?:(?:if|when) you (?:buy|purchase|shop)(?: something| anything| a product)? (?:through|via|from|using) (?:links?|this|our|one of)\b.{0,80}\b(?:earn|get|receive|make)\b|(?:may|might|could|will) (?:earn|get|receive|collect|make) (?:an? )?(?:small )?(?:share|commission|compensation|portion|fee)\b.{0,60}\b(?:links?|this (?:page|post|article|story)|purchases?)\b|as an amazon associate\b|(?:this|the|our) (?:post|article|page|story|site) (?:may )?contains? (?:[\w-]+ )?affiliate links?)/i;
/** Words one of AFFILIATE's readings holds, in one pass: most lines have none and skip its regex. */
const AFFILIATE_HINT = /earn|get a|ssociate|ffiliate|eceive|make/;
/** A page's note that a summary of the story was machine-written: "This is AI generated summarization, which may have errors. …". */
const AI_SUMMARY_NOTE = /^(?:this (?:is (?:an? )?)?(?:summary (?:is |was )?)?(?:ai|artificial intelligence)[- ](?:generated|written|assisted)\b.{0,60}\b(?:summar\w*|errors?|mistakes?|inaccura\w*)|this (?:summary|article summary) (?:is|was) (?:generated|written|produced) (?:by|with|using) (?:ai|artificial intelligence)\b)/i;
/** A note that the story's audio was machine-made: "Note: AI technology was used to generate this article's audio." */
const AI_AUDIO_NOTE = /^(?:note:\s?)?(?:ai|artificial intelligence)(?: technology| tools?)? (?:was|were|is|has been) used to (?:generate|create|produce|read) (?:this|the) (?:article|story)['\u2019]s audio\.?$/i;
/** An aggregator's machine verdict on the story it summarised: "The article contains no indicators of sponsored content, …". */
const SPONSOR_VERDICT = /^(?:the|this) (?:article|story|content|news) (?:contains|shows|has|includes) no (?:indicators|signs|evidence|mentions) of (?:sponsored|paid|promotional|commercial|advertis)/i;
/** SPONSOR_VERDICT opening a line of at most 60 words, short or long. */
export const isSponsorVerdict = (t: string, wordCount: number) => wordCount <= 60 && SPONSOR_VERDICT.test(t);
/** A credit's label without its colon, alone or before the credited site: "Source", "Photo credit", "Photo credit aldailynews.com". */
const CREDIT_LABEL = /^(?:sources?|(?:photo|image|picture)s? credits?(?: [^\s:]{1,60})?)$/i;
/**
 * BBC-style photo and video lines: "Image copyright Getty Images", "Image caption The band on stage
 * in 2019", and with a comma as the site prints them now: "Image source, PA Media", "Media caption,
 * Drone footage shows …"; Sky's labelled caption: "Image: Eze celebrates after scoring his first
 * goal". What follows starts as a name or a caption does ("Image source, the library says, …" is a sentence).
 */
const IMAGE_LINE = /^(?:(?:[Ii]mage|[Mm]edia|[Vv]ideo) (?:[Cc]opyright|[Cc]aption|[Ss]ource),?|Image:|Picture:) [\p{Lu}\d"'\u201C\u2018]/u;
/**
 * A photographer and an agency: "(Reed Saxon / Associated Press)", "Jason Cipriani/ZDNet", "Al Goldis,
 * Associated Press", "Tom Davies Associated Press", "NICK WASS/AP PHOTO, FILE"; a particle of the
 * name counts as one of its words ("Brian van der Brug/Los Angeles Times").
 */
const PHOTOGRAPHER_CREDIT = /^\(?\p{Lu}[\p{L}.'\u2019-]+ (?:(?:\p{Lu}[\p{L}.'\u2019-]+|van|von|der|den|de|da|del|della|di|du|dos|das|la|le|bin|ter) ){0,2}\p{Lu}[\p{L}.'\u2019-]+(?: ?\/ ?\p{Lu}[\p{L}&.'\u2019-]*(?: \p{Lu}[\p{L}&.'\u2019-]*){0,3}){1,2}(?: via \p{Lu}\p{L}+(?: Images)?)?(?:, ?(?:FILE|File|file))?\)?$/u;
/** The agencies AGENCY_CREDIT ends with, as last words ("Press" for "Associated Press", "Images" for "Getty Images"). */
const AGENCIES = new Set(['Press', 'AP', 'Reuters', 'AFP', 'Images', 'EPA', 'Bloomberg', 'Xinhua', 'TASS', 'Sputnik', 'Shutterstock', 'NurPhoto', 'Pool']);
const AGENCY_CREDIT = /^(?!By )(?:\p{Lu}[\p{L}.'\u2019-]+ ){1,2}\p{Lu}[\p{L}.'\u2019-]+,? (?:Associated Press|AP|Reuters|AFP|Getty Images|EPA|Bloomberg|Xinhua|TASS|Sputnik|Shutterstock|NurPhoto|Pool)$/u;
/**
 * A Creative Commons licence closing a picture's credit: "CC BY-SA 4.0", "(CC BY 2.0)", "CC0". An
 * article sentence about a licence ends in its full stop.
 */
const CC_LICENCE_END = /(?:^|[\s|(,])CC(?:0|(?:[ -](?:BY|SA|ND|NC))+)(?: \d\.\d)?\)?$/;
/** "Getty Images", "STR/AFP via Getty Images", "Shutterstock", "Getty Images - STOCK", "Everett Collection", a magazine's "CBS via Getty", "20th Century Fox/Archive Photos/Getty": a stock agency's credit alone on its line. */
const STOCK_CREDIT = /^(?:[\p{Lu}\d][\p{L}\d.'\u2019-]*(?:[ /][\p{Lu}\d][\p{L}\d.'\u2019-]*){0,5}(?: via |\/))?(?:Getty Images|Getty|Shutterstock|iStock(?:photo)?|Alamy(?: Stock Photo)?|Everett Collection)(?: ?[-\u2013] ?STOCK)?$/u;
/** "REUTERS/Carla Carniel", "AFP/Ana Ruiz/File Photo": an agency and then its photographer. */
const AGENCY_FIRST_CREDIT = /^(?:REUTERS|Reuters|AFP|AP|EPA|Xinhua|Bloomberg) ?\/ ?\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){1,3}(?:\/File(?: Photo)?)?$/u;
/** "Elsa\u2014Getty Images", "Evan Vucci\u2014AP", "Frederic J. Brown\u2014AFP/Getty Images": a photographer and an agency joined by a dash. */
const DASH_CREDIT = /^\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3} ?\u2014 ?(?:AP|AFP|Reuters|Getty Images|Bloomberg|EPA(?:-EFE)?|Shutterstock|Redux|Polaris|Sipa|NurPhoto|Pool)(?:\/(?:Getty Images|Shutterstock|Redux|Bloomberg))?(?: via Getty Images)?$/u;
/** "Photo via Associated Press", "Image courtesy of the Harbour Board", "VIDEO COURTESY LT. GOV. ANA RUIZ": where a picture came from. */
const PHOTO_VIA = /^(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Vv]ideo|[Ff]ile photo|FILE PHOTO|PHOTO|VIDEO|IMAGE)s? (?:via|courtesy(?: of)?|from|VIA|COURTESY(?: OF)?) (?:the )?\p{Lu}[\p{L}&.'\u2019-]*(?: [\p{L}&.'\u2019-]+){0,5}$/u;
/**
 * "Published: Updated:", "Posted , updated", "Updated: | Originally published: ;", "Date modified:": a
 * stamp's labels with their values lost in flattening (one word alone may be a word of the article);
 * also the second half of one split over two lines, "and last updated" under "Posted", and "Updated:"
 * alone (its colon says a value was lost; "Updated" alone may be the article's word).
 */
const EMPTY_STAMP = /^(?:(?:published|updated|posted|last updated|modified|originally published|date modified|date published)(?:\s?[:,;|]){0,2}\s?){2,3}$|^(?:date modified|date published|last updated|last modified|updated|published|date) ?:$|^and (?:last )?updated:?$/i;
/**
 * A gallery's credit in capitals: a photographer's name with their address ("ANA RUIZ /
 * ARUIZ@HARBOURPOST.COM") or with the agency it came through ("ANA RUIZ VIA AP"). (An agency alone,
 * "REUTERS", is as often a wire story's byline.)
 */
const CAPITALS_CREDIT = /^(?:(?:\p{Lu}[\p{Lu}.'\u2019-]* ){1,3}\p{Lu}[\p{Lu}.'\u2019-]*(?: ?\/ ?[A-Z0-9._+-]{1,40}@[A-Z0-9-]{1,40}(?:\.[A-Z0-9-]{1,20}){1,3}| VIA (?:AP|REUTERS|AFP|GETTY IMAGES)))$/u;
/** "Enditem/AW": CNA's end mark and its editor's initials. */
const ENDITEM = /^enditem(?: ?\/ ?[a-z]{1,4})?$/i;
/** A wire story's byline in capitals, its writers and agency: "DAVID KOENIG and LINDSEY WASSON, Associated Press". */
const AGENCY_BYLINE = /^(?:\p{Lu}[\p{Lu}.'\u2019-]+ ){1,2}\p{Lu}[\p{Lu}.'\u2019-]+(?:(?:, | and )(?:\p{Lu}[\p{Lu}.'\u2019-]+ ){1,2}\p{Lu}[\p{Lu}.'\u2019-]+){0,3},? (?:Associated Press|AP|Reuters|AFP|Bloomberg)$/u;
/** "Photo by Kirk Irwin/Getty Images", "Photo by Oleksandr Osipov/", "Image via Frazer Harrison/Getty Images": a credit unbracketed, a name and its agency. */
const PHOTO_BY = /^(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Vv]ideo|PHOTO)s? (?:by|BY|via) \p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3}(?: ?\/ ?(?:\p{Lu}[\p{L}&.'\u2019-]*(?: \p{Lu}[\p{L}&.'\u2019-]*){0,3})?)?$/u;
/** "NASA TV | Via Reuters", "Handout via AP": a picture's source and the agency it came through, alone on its line. */
const SOURCE_VIA_AGENCY = /^\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3}(?: \|)? [Vv]ia (?:AP|AFP|Reuters|REUTERS|Associated Press)$/u;
/** An agency alone in brackets on its line, under a caption the page lost or a picture: "(Associated Press)", "(Reuters)", "(AP Photo, File)". */
const BRACKETED_AGENCY = /^\((?:The )?(?:Associated Press|AP(?: Photo(?:, [Ff]ile)?)?|Reuters|AFP|Getty Images|EPA|EPA-EFE|Bloomberg|Xinhua|Shutterstock|PA(?: Wire| Media| Archive)?|AAP|UPI)\)$/;
/** A credit in brackets on its own line: "(AP Photo/Evan Vucci)", "(Image: © NASA/ESA)", "(Photo by Ana Ruiz/Getty Images)", "(Photo credit- Ana Ruiz/Star Tribune via AP)". */
const BRACKETED_CREDIT = /^\((?:[\p{Lu}][\p{L}]{1,14} )?(?:photo|photograph|image|picture|credit)(?: credit)?(?:\s?[:/]|\s?[-\u2013\u2014] | by)\s?[^()]{2,80}\)$/iu;
/** "(Courtesy of the Ruiz family)", "(Photo courtesy of NASA)": a credit, not a sentence in brackets ("(Photo courtesy of the family, who kept …)"). */
const COURTESY_CREDIT = /^\((?:[Pp]hoto |[Ii]mage |[Pp]icture )?[Cc]ourtesy(?: of)? [^(),.]{2,60}\)$/;
/** "© 2019 …", "Copyright 2019 …", "Copyright © …", "Copyright (с)" (a Cyrillic c): a notice; "Copyright law changed" is a sentence about copyright. */
const COPYRIGHT = /^(?:\u00A9|\([c\u0441]\)|copyright\s?(?:\u00A9|\([c\u0441]\)|\d{4}|by\s))|all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden/i;
/**
 * A related headline with its view count and stamp glued on before it, as a list of links flattens:
 * "14419:04Pope Leo picks …" (144 views, 19:04), "376Yesterday, 21:14Glorious …", "50228.09.2025,
 * 18:48The war …". Digits run into a time run into a capital are never a sentence ("7:30PM" is a time).
 */
const STAMPED_TEASER = /^\d{0,7}?(?:\d{1,2}:\d{2}|(?:Today|Yesterday),?\s\d{1,2}:\d{2}|\d{1,2}\.\d{1,2}\.\d{4},?\s\d{1,2}:\d{2})(?![AP]\.?M\b)(?:\p{Lu}|[\u00AB"\u201C\u2018])/u;

/**
 * A Chinese site's licence numbers in its footer: "京公网安备 11010802027341号", "京ICP备13028878号-6",
 * "ICP证：沪B2-20050348" (police and ICP registrations, on every page of China's English news sites too).
 */
const SITE_LICENCE = /^\p{Script=Han}{0,3}(?:公网安备|ICP备|ICP证)[\s:\uFF1A]{0,2}[\p{Script=Han}A-Z0-9-]{1,30}号?(?:-\d{1,3})?$/u;
/** "By Ana Ruiz", "BY ANA RUIZ AND TOMAS BREK", "By Jane Doe | Staff writer", "Author: Jenna Morales", "Written by Ana Ruiz", "Written By: Ana Ruiz @anaruiz", "Editor: Monika Luabeya". */
const BYLINE = /^(?:by|By|BY|[Aa]uthors?:|AUTHORS?:|[Ww]ritten [Bb]y:?|WRITTEN BY:?|[Ee]ditor:|[Ee]dited by|Par|Von|Por|Di|Door)\s\p{Lu}[\p{L}.'\u2019-]*(?:\s(?:and\s|AND\s)?\p{Lu}[\p{L}.'\u2019-]*){0,4},?(?:\s(?:and|\|)\s.*|\s@\w{1,30})?$/u;

/**
 * "By Jana Kovac, Political Correspondent", "By Eric Song, IGN Staff": a full name and the writer's
 * role (its last word capitalised or a role), not "By Tuesday, officials had left".
 */
const BYLINE_WITH_ROLE = /^(?:by|By|BY)\s\p{Lu}[\p{L}.'\u2019-]*(?:\s\p{Lu}[\p{L}.'\u2019-]*){1,3},\s(?:[\p{L}.'\u2019-]+\s){0,4}(?:\p{Lu}[\p{L}.'\u2019-]*|staff|writer|reporter|correspondent|editor|contributor|columnist)$/u;

/** A byline line of at most twelve words. */
export function isByline(trimmed: string, wordCount: number): boolean {
  return wordCount <= 12 && (BYLINE.test(trimmed) || BYLINE_WITH_ROLE.test(trimmed) || STAFF_BYLINE.test(trimmed) || DOTTED_BYLINE.test(trimmed));
}
/** A byline widget's parts set off by middle dots, a follow button last: "by · Radio Free Europe / Radio Liberty · Join". */
const DOTTED_BYLINE = /^[Bb]y ?\u00B7 [^\u00B7]{2,60}(?: \u00B7 (?:Join|Follow|Subscribe))?$/;
/** A byline naming no one: "Staff report", "From staff reports", "Staff and wire reports". */
const STAFF_BYLINE = /^(?:from )?staff(?: and (?:wire|news service))? reports?$/i;
/** WordPress share buttons: "Click to share on Twitter (Opens in new window)", "Click to print". */
const SHARE_BUTTON = /^(?:click to (?:share on [\w.+ ]{1,30}|print|email (?:a link to|this to) a friend)(?: \(opens in new window\))?|share all sharing options for: .{1,140})$/i;
/**
 * A share widget's icon names and labels flattened together: "cancel email link share Share bookmark
 * Save". Every word one of them, three or more, and a share or a save among them.
 */
const SHARE_WIDGET_NEEDS = /share|bookmark|save/i;
const SHARE_WIDGET_WORDS = new Set('cancel close email e-mail link copy share bookmark save print facebook twitter x whatsapp linkedin reddit'.split(' '));
function isShareWidget(t: string, wordCount: number): boolean {
  // Every short line reaches here: split only one holding the words the widget needs.
  if (wordCount < 3 || wordCount > 12 || !SHARE_WIDGET_NEEDS.test(t)) return false;
  const ws = t.toLowerCase().split(/\s+/);
  return ws.every((w) => SHARE_WIDGET_WORDS.has(w)) && (ws.includes('share') || ws.includes('bookmark') || ws.includes('save'));
}
/** An icon font's ligature left as text before a short label: "radio_button_checked LIVE", "arrow_forward Next". */
const ICON_LIGATURE = /^[a-z]+(?:_[a-z]+)+(?:\s|$)/;
/**
 * "Share this article: Facebook Twitter Email", "Facebook Twitter Email", "Facebook X (Twitter) WhatsApp", "FacebookTwitterPinterestEmail":
 * a bar of share buttons flattened onto one line, with its label or without.
 */
const SHARE_BAR = /^(?:share(?: this)?(?: article| story| post| page)?\s?[:|\u2013-]?\s?)?(?:(?:facebook|twitter|\(twitter\)|x|whatsapp|linkedin|reddit|pinterest|e-?mail|telegram|messenger|flipboard|tumblr|instagram|youtube|tiktok|print|sms|copy link)[\s,|\u00B7\u2022]*){2,10}$/i;
/** "Listen to this article 3 min", "Listen to this story (4:12)": an audio player's label. */
const LISTEN = /^listen to (?:this )?(?:article|story)\s?[:\u00B7|\u2013-]?\s?\(?(?:\d{1,2}(?::\d{2})? ?(?:min|mins|minutes)?)?\)?$/i;
/** "Have a news tip? Email us at tips@…": the newsroom's standing request, alone or with how to send it. */
const NEWS_TIP = /^(?:have|got) a (?:news )?tip\?(?:\s(?=.{0,100}$)(?=.*(?:\b(?:email|e-mail|contact|send|call|text|reach|write to|tell us|submit|let us know)\b|@)).*)?$/i;
/** "Is there more to this story? We'd like to hear from you …": a newsroom's call for readers' tips and voices, with how to send them. */
const MORE_TO_STORY = /^is there more to (?:this|the) story\?(?:\s.{0,240})?$/i;
export const isMoreToStoryCall = (t: string, wordCount: number) => (t.charCodeAt(0) | 0x20) === 0x69 && wordCount <= 50 && MORE_TO_STORY.test(t);
/** "Supporting image for story: Europe retain Ryder Cup …": a picture's label naming the story it illustrates. */
const SUPPORTING_IMAGE = /^supporting (?:image|picture|photo|video) for (?:story|article)\s?:/i;
/** "This content is for Yearly Subscription, … and Canada Print and Online members only.", "This article is for subscribers only": a paywall's notice of who may read on. */
const MEMBERS_ONLY = /^this (?:content|article|story|post|page) is (?:only )?(?:for|available (?:to|for)) [^.!?]{0,160}\b(?:members|subscribers)(?: only)?\.?$/i;
/** "Share this on WhatsApp", "Share via Email", "Copy Link URLCopied!": any network's share link (a word before it, its icon's name: "Facebook Share on Facebook"). */
const SHARE_LINK = /^(?:(?:[a-z-]{1,12} )?share (?:this(?: article| story| post)? )?(?:on|via|to|with) (?:facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|e-?mail|telegram|messenger|flipboard|tumblr|sms)|copy link ?(?:url ?)?copied!?|(?:url|link) copied!?)$/i;
/** "Log in or sign up", "Subscribe Sign In", "LOG IN TO COMMENT", "Account Settings Log Out": a site's account links, and nothing else. */
const ACCOUNT_WORDS = new Set('log login logout in out or sign signin signup up to subscribe register account settings my create an comment no thanks please welcome guest'.split(' '));
const ACCOUNT_VERB = /\b(?:log ?in|log ?out|sign ?in|sign ?up|subscribe|register)\b/i;
/** "Tweets by @EvenMoreBikes": an embedded timeline's label. */
const TWEETS_BY = /^tweets? by @\w{1,30}$/i;
/** "Follow us on Facebook, Twitter and Instagram", "Follow The Times Opinion section on Facebook": a line asking to follow the site. */
const FOLLOW = /^follow\b.{0,80}\b(?:facebook|twitter|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|whatsapp|telegram|google news|online:?$)/i;
/** "Join ST's Telegram channel and get the latest breaking news …": a messaging channel's invitation. */
const JOIN_CHANNEL = /^join (?:us on |our |the )?[\p{L}\p{N}'\u2019.& -]{0,30}\b(?:telegram|whatsapp|discord|signal|viber) (?:channel|group|community)\b/iu;
/** "Permalink https://p.dw.com/p/43mXz": a page's short link. */
const PERMALINK = /^(?:permalink|short ?link|short url)\s?:?\s?https?:\/\/\S{1,200}$/i;
/** "Home / World News / Xi and Putin …", "Home > News > World": a breadcrumb trail. */
const BREADCRUMB = /^home ?[/>\u00BB\u203A|] ?\S/i;
/**
 * Standing notes of Indian news sites: "(This story has not been edited by … staff and is
 * auto-generated from a syndicated feed.)", "Catch all the Latest News … Download The Mint News App …".
 */
const SYNDICATED_NOTE = /^\(?(?:except for the headline, )?this (?:story|article|report) has not been edited by .{1,60} staff and is (?:auto-generated|published) from a syndicated (?:news )?feed\.?\)?$/i;
/** A feed's footer under a copied post: "The post Jurors in … Reach Verdict appeared first on New York Times." */
const FEED_FOOTER = /^the (?:post|submit) .{1,300} appeared first on .{1,80}$/i;
const CATCH_ALL = /^catch all the (?:latest|breaking|business|politics|technology|tech|sports|world|entertainment)\b/i;
/**
 * A page's notes about its own scripts and players: "Please turn on JavaScript to use this feature",
 * "We're sorry, this feature is currently unavailable.",
 * "This slideshow requires JavaScript.", "Your browser does not support the video tag." and the advice
 * after it ("Try viewing this in a modern browser like Chrome …", "Please upgrade your browser"), a
 * script tag flattened into text.
 */
const SCRIPT_NOTE = /^(?:(?:please )?(?:turn on|enable) javascript\b.{0,100}|(?:we(?:'|\u2019)re sorry|sorry),? this (?:feature|content|video|page|service|player|widget) is (?:currently |temporarily )?unavailable\b.{0,100}|(?:this|the) (?:slideshow|video|gallery|feature|content|page|site|player|map|graphic|chart|interactive)s? (?:requires?|needs?) javascript\b.{0,60}|javascript (?:is|must be) (?:disabled|required|enabled|turned on)\b.{0,100}|your browser does not support\b.{0,80}|(?:please )?(?:try (?:viewing|opening|using) this\b.{0,40}?\bin|(?:upgrade|update|switch) (?:to )?(?:your|a)) (?:a |another )?(?:modern|different|newer|supported|more recent|current)? ?(?:web )?browser\b.{0,100}|<script\b.*)$/i;
/** "Click here to subscribe", "CLICK HERE TO GET THE APP": a link's label, not a sentence ("Click for full results" is left: pages label it both ways). */
const CLICK_HERE = /^click (?:here|to)\b/i;
/**
 * "Click here to download our free news, weather and smart TV apps. And click here to stream …": a
 * promotion of the site's own apps, streams and letters, however long. "Click here to read the full
 * inspection report." points at the story's document and stays.
 */
const CLICK_HERE_LINK = /^click here to (?:download|subscribe|sign up|get|stream|watch|follow|join|listen)\b/i;
/** The wire services' reuse notice: "This material may not be published, broadcast, rewritten or redistributed." */
const REUSE_NOTICE = /\bmay not be (?:published|reproduced|copied), broadcast|^(?:reprinting|reproduction|republication|republishing)(?: and use)? of (?:\S+ ){1,4}(?:materials?|content|articles?) is (?:possible|permitted|allowed|prohibited|forbidden)\b/i;
/** "Follow Al Jazeera English:", "Follow us on Instagram": the site's prompt to follow it. */
/** A reader-settings panel's prompts: "Adjust the reading mode to suit your reading needs.", "Select the language of your choice." */
const SETTINGS_PROMPT = /^(?:adjust|fix|change|choose|select|set) (?:the|your) (?:reading mode|font size|text size|language)(?: of your choice)?(?: to suit your reading (?:needs|preferences))?(?:[.!]|$)/i;
const FOLLOW_PROMPT = /^[Ff]ollow (?:us|@\w+|(?:\p{Lu}[\p{L}.&'\u2019-]*\s?){1,4})(?: on (?:[\p{L}]+\s?){1,3})?:?$/u;
/** A wire site's standing footer lines: "Our Standards: The Thomson Reuters Trust Principles.", "All quotes delayed a minimum of 15 minutes." */
const WIRE_FOOTER = /^(?:our standards: the thomson reuters trust principles\.?|all quotes delayed a minimum of \d{1,2} minutes\..{0,100})$/i;

/** A line of account links only: every word one of them, and a verb among them. */
function isAccountLine(t: string, wordCount: number): boolean {
  if (wordCount > 6 || !ACCOUNT_VERB.test(t)) return false;
  // A forum's greeting reads with its stops: "Welcome, Guest! Please Login/Signup."
  for (const w of t.toLowerCase().split(/[\s|/\u00B7\u2022]+/)) if (w && !ACCOUNT_WORDS.has(w.replace(/[,.!?:]+$/, ''))) return false;
  return true;
}

const BAR = /\s[|\u2022\u00B7]\s/;

/**
 * "About us | Contact Us | Support | Privacy Policy | Terms": four or more short items between bars,
 * none a sentence; or fewer when one of them is a date: "TODAY'S PAPER | February 04, 2026 | EPAPER".
 */
function isBarMenu(t: string): boolean {
  if (!BAR.test(t)) return false; // most lines have no bar: no split for them
  const items = t.split(BAR);
  if (items.length < 3 || !items.every((x) => x.length > 0 && x.length <= 40 && x.split(' ').length <= 4 && !/[.!?]$/.test(x.trim()))) return false;
  return items.length >= 4 || items.some((x) => DATE_ONLY.test(x.trim()));
}

/** "Your email address will not be published. Required fields are marked *": a comment form's note, in its usual languages. */
const COMMENT_FORM_NOTE = /^(?:your email address will not be published|o seu endereço de e-mail não será publicado|seu endereço de e-mail não será publicado|tu dirección de correo electrónico no será publicada|votre adresse (?:e-mail|email|de messagerie) ne sera pas publiée|(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht|il tuo indirizzo email non sarà pubblicato|alamat email anda tidak akan dipublikasikan|je e-mailadres wordt niet gepubliceerd)(?:\.(?: .{0,80})?)?$/i;
/**
 * "With your current subscription plan you can comment on stories. However, before writing your first
 * comment, please create a display name …", "You must be logged in to post a comment.": a comment box's terms.
 */
const COMMENT_TERMS = /^(?:with your current subscription(?: plan)?,? you can comment\b.{0,200}|you must be (?:logged|signed) in to (?:post a )?comment\.?|(?:log|sign) in to (?:leave a )?comment\.?)$/i;
/** A comment box's terms on a line too long for the shape pass: "With your current subscription plan you can comment …". */
export function isCommentTerms(trimmed: string): boolean {
  return (trimmed.charCodeAt(0) | 0x20) === 0x77 && COMMENT_TERMS.test(trimmed);
}
/** WordPress's account line over its comment box: "You are commenting using your Google account. ( Log Out / Change )" (in any language after it). */
const COMMENTING_AS = /^you are commenting using your [\w.]{1,30} account\. \( ?log ?out \/ \p{L}{2,15} ?\)$/iu;
/** "Thank you! Your comment will be reviewed by the moderator …", "Your comment is awaiting moderation.": a comment form's answer. */
const COMMENT_RECEIVED = /^(?:thank you!? |thanks!? )?your comment (?:will be reviewed|is awaiting moderation|has been (?:received|submitted|posted))\b.{0,120}$/i;
const COOKIE = /\bcookies?\b/i;
/** A sentence reporting what someone said or found: a story about cookies, not a banner ("The website uses cookies, the council admitted"). */
const REPORTED = /\b(?:said|says|told|admitted|according to|found|showed|reported|warned|claimed)\b/i;
/** A site saying it uses cookies: a cookie banner however long it runs. */
const COOKIE_BANNER = /\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b/i;
/** Words of the web around "cookies": a bake sale's cookies have none of them. */
const COOKIE_CONTEXT = /\b(?:accept|consent|policy|policies|settings|browsing|browser|website|site|privacy|preferences|tracking|third[- ]party|analytics|personali[sz]ed?|advertising)\b/i;
/** A blog post's footer: "Posted in Local news | Tagged bakery, flood | Leave a comment". */
const POST_META = /^(?:posted in|filed under)\s[^|]{1,80}\|\s?(?:tagged\s|leave a comment|\d{1,4} comments?|comments? off)/i;
/**
 * A sign-up form's own lines: its thanks, errors, consent and opt-in notes ("Thanks for signing up!",
 * "By signing up, you agree to our Privacy Policy …", "Notify me via e-mail if anyone answers my comment.",
 * the opt-in box's "I would like to be emailed about offers …").
 */
const SIGN_UP_FORM = /^(?:thanks?(?: you)? for (?:signing up|subscribing|registering)[.!]?|there was an error processing your (?:subscription|request|sign-?up)[.!]?|by (?:signing up|subscribing|registering)\b.{0,300}\b(?:privacy|terms|agree)\b.*|please check the opt-in box\b.*|i (?:would like|wish|agree) to (?:be e-?mailed|receive (?:e-?mails|offers|updates|news))\b.{0,120}\b(?:offers|promotions|partners|newsletters?)\b.{0,200}|sign up for our ?newsletter[.!]?|notify me (?:via|by) e-?mail\b.{0,80}|an e-?mail with an activation link has (?:just )?been sent\b.*)$/i;
/**
 * "Stay up to date with curated collection of our top stories.", "Find out what's happening in
 * Harwick for free with the latest updates from Patch.": a sign-up box's pitch.
 */
const STAY_UPDATED = /^(?:(?:stay|keep) (?:up to date|up-to-date|informed|in the know|ahead of the news)\b.{0,100}\b(?:our|the latest|top stories|headlines|newsletters?)\b|find out what['\u2019]s happening in\b.{0,80}\bthe latest (?:updates|news|headlines)\b)/i;
/** "Chevron icon It indicates an expandable section or menu, …": an icon's text for screen readers, flattened into the page. */
const ICON_ALT = /^[\p{L}-]{1,20}(?: [\p{L}-]{1,20})? icon (?:it )?indicates\b/iu;
/** Sky's "You can receive breaking news alerts on a smartphone or tablet via the Sky News app. …": the site's alerts offered. */
const NEWS_ALERTS_OFFER = /^you can (?:also )?(?:receive|get) (?:breaking|our) news alerts\b/i;
/** The site's news alerts offered, at any line length (the offer often runs on into its other channels). */
export const isNewsAlertsOffer = (trimmed: string, wordCount: number) => wordCount <= 60 && (trimmed.charCodeAt(0) | 0x20) === 0x79 && NEWS_ALERTS_OFFER.test(trimmed);
/** "Download our app", "Get the WKPA app now": a site's app promotion. */
const APP_PROMPT = /^(?:download|get|install|try) (?:our|the)(?: [\p{L}\p{N}&.'\u2019-]+){0,3} apps?(?: (?:now|today|for free|here))?[.!]?$/iu;
/** A sign-up box's fine print: "No spam, we promise. You can unsubscribe at any time and we'll never share your details …". */
const SIGN_UP_FINE_PRINT = /\b(?:you (?:can|may) (?:unsubscribe|opt out) (?:at any time|anytime)|unsubscribe (?:at any time|anytime)[.!]?$|no spam(?:, ever)?[,.!]|we(?:['\u2019]ll| will) never (?:share|sell) your (?:details|e-?mail(?: address)?|information|data))/i;
/**
 * A prompt offering the site's news with no newsletter named: "Get breaking news alerts and special
 * reports.", "Get the day's big stories + fun stuff you love …", "Get breaking space news and the
 * latest updates on rocket launches …!", an aggregator's "Get all your news in one place.".
 */
const GET_NEWS_PROMPT = /^get (?:breaking|the latest|the day['\u2019]s|exclusive|daily|weekly|your daily dose of|all your(?= news in one place\b))\b.{0,100}\b(?:news|stories|updates|alerts|reports|headlines|happening)\b/i;
/** A newsletter offered by its name: "Get our free View from Westminster email", "Get our Morning Briefing newsletter". */
const GET_NAMED_EMAIL = /^[Gg]et our (?:free )?(?:\p{Lu}[\p{L}'\u2019&-]* (?:(?:from|of|on|in|and|the) )?){1,6}(?:e-?mail|newsletter|briefing)$/u;
/** An appeal with its button's words after it: "Support Independent Journalism? Keep us live." (not a sentence reporting one: "…, the editor said"). */
const JOURNALISM_APPEAL = /^support (?:independent|quality|our|local|free) journalism[?!.:] ?(?:[\p{L}'\u2019]+[ .!]{0,2}){0,6}$/iu;
/** An appeal closing on its link: "Support our Nation today - please donate here", "… Donate now!". */
const DONATE_HERE = /^support (?:us|our|the|independent|local)\b[^.!?]{0,50}?[-\u2013\u2014:,.!?]\s?(?:please )?donate(?: here| now| today)?[.!]?$/i;
/** What a sign-up prompt offers: a newsletter, a list, an inbox. */
const NEWSLETTER = /\b(?:newsletters?|mailing list|inbox|e-?mail (?:alerts|updates|briefing))\b/i;
/**
 * A line naming a newsletter is a prompt when it addresses the reader or offers it ("Get our
 * newsletter", "Delivered to your inbox", a heading with no stop); "The library's newsletter will
 * list the times." reports one.
 */
const PROMPT_WORDS = /\b(?:our|your|you|me|agree|sign|subscribe|subscribers?|get|receive|delivered|join|free|weekly|daily|e-?mail)\b|!$/i;
/** Or it asks to subscribe or sign up to the site's own ("our", "your") things; residents signing up for a bus pass do not. */
const SIGN_UP = /\b(?:subscribe|sign up)\b/i;
const SITE_OWN = /\b(?:our|your)\b/i;
/** A post's address with the embed code's tag: Instagram's "?utm_source=ig_embed", Twitter's "ref_src=…tfw…embed". */
const EMBED_URL = /^https?:\/\/\S+[?&](?:utm_source=ig_embed|ref_src=twsrc%5Etfw|\S*_embed\b)\S*$/i;
/**
 * A picture's file, its markup lost: "/images/ppid_a911-image-1762.webp)",
 * "https://cdn.example.com/2026/11/photo.jpg" (a page's own address stays), or only its extension
 * left on a line, the rest cut away with the markup: ".png)".
 */
const IMAGE_FILE = /^(?:(?:https?:\/\/|\/)\S+)?\.(?:jpe?g|png|gif|webp|avif|svg)(?:\?\S*)?\)?$/i;
/** A blog theme's widget code left as text where its list of posts should be: "6/recent/ticker-posts", "3/Sports/post-list". */
const THEME_WIDGET = /^\d{1,2}\/[^/\s][^/]{0,30}\/(?:post-list|ticker-posts|default|feat-big|feat-list|col-left|col-right|grid-big|grid-small)$/i;
/** "Created in 2019, the fund has paid out …": a participle opening a sentence, not a timestamp. */
const PROSE_AFTER_COMMA = /,\s\p{Ll}.*[.!?]["\u201D\u2019]?$/u;

/**
 * The shapes known by their first character (or last): a player's time, a loading widget, an embed's
 * controls, update notes, gallery controls, print and edition notes … Each is tried only on lines
 * opening with its mark (every short line of a page passes here).
 */
function byOpening(t: string, trimmed: string, wordCount: number): BoilerplateReason | undefined {
  // Known by its end: "Sputnik push notifications", "Get Gunners news notifications".
  if (wordCount <= 6 && t.endsWith('otifications') && NOTIFICATIONS.test(t)) return 'newsletter or sign-up prompt';
  // Known by its end: "Purchase Licensing Rights, opens new tab".
  if (wordCount <= 8 && (t.endsWith('tab') || t.endsWith('window')) && OPENS_NEW_TAB.test(t)) return 'share/navigation link';
  const c = t.charCodeAt(0) | 0x20; // lower case for letters; digits and "(" stay
  if (c >= 0x30 && c <= 0x39) {
    if (PLAYER_TIME.test(t)) return 'video duration';
    if (BARE_COUNT.test(t)) return 'comment or share count';
    if (isGalleryPosition(t)) return 'photo gallery or video count';
    if (!t.includes(' ') && THEME_WIDGET.test(t)) return 'share/navigation link';
    return undefined;
  }
  switch (c) {
    case 0x28: // (
      if (UPDATE_NOTE.test(t)) return 'story status note';
      // "(By Chen Chun-hua and Ko Lin)": a wire's byline in brackets under its story, as CNA prints it.
      if (wordCount <= 12 && t.startsWith('(By ') && t.endsWith(')') && BYLINE.test(t.slice(1, -1))) return 'byline or author bio';
      return undefined;
    case 0x61: // a
      if (wordCount <= 6 && EMBED_CONTROL.test(t)) return 'share/navigation link';
      if (wordCount <= 14 && EMBED_FRAME.test(t)) return 'share/navigation link';
      if (isPrintNote(t, wordCount)) return 'publication timestamp';
      return undefined;
    case 0x76: // v
      if (VIDEO_LABEL_TIME.test(t)) return 'video duration';
      if (wordCount <= 8 && EMBED_FRAME.test(t)) return 'share/navigation link';
      if (wordCount <= 8 && GALLERY_PROMPT.test(t)) return 'share/navigation link';
      return undefined;
    case 0x63: // c
      if (COMMENT_TALLY.test(t)) return 'comment or share count';
      if (wordCount <= 8 && GALLERY_PROMPT.test(t)) return 'share/navigation link';
      return undefined;
    case 0x62: // b
    case 0x6f: // o
      if (wordCount <= 8 && GALLERY_PROMPT.test(t)) return 'share/navigation link';
      return undefined;
    case 0x68: // h
      // An embedded post's link left when its script did not run: "https://www.instagram.com/p/…/?utm_source=ig_embed…".
      if (wordCount <= 12 && t.includes('_embed') && EMBED_URL.test(t)) return 'share/navigation link';
      if (!t.includes(' ') && IMAGE_FILE.test(t)) return 'image file address';
      return undefined;
    case 0x2f: // /
    case 0x2e: // .
      if (!t.includes(' ') && IMAGE_FILE.test(t)) return 'image file address';
      return undefined;
    case 0x79: // y
      if (YOU_ARE_HERE.test(t)) return 'share/navigation link';
      if (LISTEN_FEATURE.test(t)) return 'share/navigation link';
      return undefined;
    case 0x65: // e
      if (wordCount <= 6 && EMBED_CONTROL.test(t)) return 'share/navigation link';
      if (ENDITEM.test(t)) return 'end mark of a wire story';
      return undefined;
    case 0x66: // f
      if (wordCount <= 8 && EDITION_NOTE.test(t)) return 'publication timestamp';
      if (FOLLOW_COVERAGE.test(t)) return 'share/navigation link';
      return undefined;
    case 0x69: // i
      if (isGalleryPosition(t)) return 'photo gallery or video count';
      return undefined;
    case 0x6c: // l
      if (PLAYER_TIME.test(t)) return 'video duration';
      if (LOADING.test(t)) return 'share/navigation link';
      if (LISTEN_TIME.test(t)) return 'reading time';
      return undefined;
    case 0x6d: // m
      if (MOST_READ_FROM.test(t)) return 'heading of a related-stories block';
      return undefined;
    case 0x6e: // n
      if (LISTEN_FEATURE.test(t)) return 'share/navigation link';
      return undefined;
    case 0x70: // p
      if (PLAYER_TIME.test(t)) return 'video duration';
      if (isGalleryPosition(t)) return 'photo gallery or video count';
      return undefined;
    case 0x73: // s
      if (wordCount <= 6 && EMBED_CONTROL.test(t)) return 'share/navigation link';
      if (isGalleryPosition(t)) return 'photo gallery or video count';
      if (wordCount <= 8 && GALLERY_PROMPT.test(t)) return 'share/navigation link';
      if (wordCount <= 8 && SIGN_UP_TO.test(t)) return 'newsletter or sign-up prompt';
      return undefined;
    case 0x74: // t
      if (wordCount <= 8 && GALLERY_PROMPT.test(t)) return 'share/navigation link';
      if (TRENDING_AT.test(t)) return 'heading of a related-stories block';
      if (isEmbedNotice(t, wordCount)) return 'share/navigation link';
      return undefined;
    case 0x77: // w
      if (PLAYER_TIME.test(t)) return 'video duration';
      if (trimmed.startsWith('-') && ASSISTANCE_NOTE.test(t)) return 'byline or author bio';
      return undefined;
  }
  return undefined;
}

/** Reason for a short line judged by its shape alone, or undefined. */
export function shapeReason(trimmed: string, wordCount: number): BoilerplateReason | undefined {
  if (trimmed.length > SHORT_LINE) return undefined;
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return 'stray punctuation';
  const t = trimmed.replace(/^[-\u2013\u2014\u2022\u00B7*\s]+/, '');
  if (DURATION.test(t) || DURATION_LABEL.test(t)) return 'video duration';
  const marked = byOpening(t, trimmed, wordCount);
  if (marked) return marked;
  if (wordCount <= 8 && (SKIP_LINKS.test(t) || TRUST_LINK.test(t) || FOLLOW_PROMPT.test(t))) return 'share/navigation link';
  if (wordCount <= 25 && SETTINGS_PROMPT.test(t)) return 'share/navigation link';
  if (wordCount <= 8 && t.includes('ontinue reading ') && CONTINUE_AT.test(t)) return 'share/navigation link';
  // "Skip to contentStay Informed with Buzz News | …": a skip link glued to the site's slogan.
  if (wordCount <= 20 && SKIP_LINKS.test(t)) return 'share/navigation link';
  if (isScriptLine(t)) return 'page script code';
  if (isMarkupLine(t)) return 'HTML markup left in the text';
  if (COUNT.test(t) || MORE_COUNT.test(t) || NAMED_COUNT.test(t) || COUNT_NAMED_FIRST.test(t) || RATING_COUNT.test(t)) return 'comment or share count';
  if (READING_TIME.test(t) || READING_TIME_GLUED.test(t) || READING_TIME_LABEL.test(t) || (wordCount <= 12 && READING_TIME_END.test(t))) return 'reading time';
  if (wordCount <= 8 && (BYLINE_COUNT.test(t) || AVATAR.test(t))) return 'byline or author bio';
  if (wordCount <= 16 && AGENCIES.has(t.slice(t.lastIndexOf(' ') + 1)) && AGENCY_BYLINE.test(t)) return 'byline or author bio';
  if (wordCount <= 30 && NEWSLETTER_OWN.test(t)) return 'newsletter or sign-up prompt';
  if (wordCount <= 40 && t.includes('read') && READ_METER.test(t)) return 'newsletter or sign-up prompt';
  if (GALLERY_COUNT.test(t) || GALLERY_ITEM.test(t)) return 'photo gallery or video count';
  if (VIDEO_STAMP.test(t)) return 'video duration';
  if (DATE_ONLY.test(t) || MONTH_DAY.test(t) || (DATE_TAIL.test(t) && DATE_ONLY.test(t.replace(DATE_TAIL, '')))) return CLOCK_TIME.test(t) && /\d{4}/.test(t) ? 'publication timestamp' : 'date stamp of a teaser';
  // A live blog's entry stamp, the writer's name glued to it: "Stuti Mishra24 September 2025 04:05".
  const glued = wordCount <= 8 ? GLUED_WRITER.exec(t) : null;
  if (glued && CLOCK_TIME.test(t) && DATE_ONLY.test(t.slice(glued[0].length))) return 'publication timestamp';
  if (RELATIVE_TIME.test(t) || DOTTED_STAMP.test(t) || (STAMP_OTHER_LANGUAGE.test(t) && wordCount <= 16 && !/[.!?]["\u201D]?$/.test(t))) return 'publication timestamp';
  if (DATE_LEAD.test(t) && wordCount <= 16 && !/[.!?]$/.test(t) && (CLOCK_TIME.test(t) || /\bupdated\b/i.test(t))) return 'publication timestamp';
  if (isDatedStamp(t, wordCount) || (wordCount <= 10 && t.includes(' by ') && DATED_BYLINE.test(t) && !/[.!?]$/.test(t))) return 'publication timestamp';
  if (TEASER_AGE.test(t) && wordCount <= 25) return 'date stamp of a teaser';
  if (wordCount <= 30 && STAMPED_TEASER.test(t)) return 'related-story teaser';
  if (TIMESTAMP_WORDS.test(t) && STAMP_LABEL_NEXT.test(t) && /\d/.test(t) && !PROSE_AFTER_COMMA.test(t) && (wordCount <= 14 || (wordCount <= 24 && CLOCK_TIME.test(t) && !/[.!?]$/.test(t)))) return 'publication timestamp';
  if ((TAGS_PREFIX.test(t) && wordCount <= 30) || (POST_META.test(t) && wordCount <= 40) || HASHTAGS.test(t)) return 'tags or topic list';
  if ((CREDIT.test(t) && wordCount <= 6) || (wordCount <= 5 && CREDIT_LABEL.test(t))) return 'photo or source credit';
  if (IMAGE_LINE.test(t) && wordCount <= 30) return 'photo or source credit';
  if (wordCount <= 10 && CAPITALS_CREDIT.test(t)) return 'photo or source credit';
  if ((BRACKETED_CREDIT.test(t) && wordCount <= 14) || COURTESY_CREDIT.test(t) || STOCK_CREDIT.test(t) || (wordCount <= 8 && t.includes('CC') && CC_LICENCE_END.test(t)) || BRACKETED_AGENCY.test(t) || (wordCount <= 8 && (DASH_CREDIT.test(t) || AGENCY_FIRST_CREDIT.test(t) || SOURCE_VIA_AGENCY.test(t))) || (wordCount <= 9 && (PHOTO_BY.test(t) || PHOTO_VIA.test(t)))) return 'photo or source credit';
  if (EMPTY_STAMP.test(t)) return 'publication timestamp';
  if (SITE_DOMAIN.test(t) || PAGE_OF_PAGES.test(t) || SITE_ICON.test(t)) return 'share/navigation link';
  if (wordCount <= 9 && ((t.includes('/') && PHOTOGRAPHER_CREDIT.test(t) && !isAccountLine(t, wordCount)) || (wordCount >= 3 && wordCount <= 6 && AGENCIES.has(t.slice(t.lastIndexOf(' ') + 1)) && AGENCY_CREDIT.test(t)))) return 'photo or source credit';
  if (AGE_NOTICE.test(t)) return 'publication timestamp';
  if (isShareWidget(t, wordCount) || (wordCount <= 4 && ICON_LIGATURE.test(t))) return 'share/navigation link';
  if (SHARE_BUTTON.test(t) || SHARE_LINK.test(t) || SHARE_BAR.test(t) || LISTEN.test(t) || (wordCount <= 30 && ICON_ALT.test(t)) || isIconLabels(t)) return 'share/navigation link';
  if (COMMENT_FORM_NOTE.test(t) || COMMENT_RECEIVED.test(t) || COMMENT_TERMS.test(t) || COMMENTING_AS.test(t)) return 'comment form';
  if (isAccountLine(t, wordCount) || TWEETS_BY.test(t) || (FOLLOW.test(t) && wordCount <= 25) || (CLICK_HERE.test(t) && ((wordCount <= 15 && !/[.!?]$/.test(t)) || (wordCount <= 40 && CLICK_HERE_LINK.test(t)))) || isBarMenu(t)) return 'share/navigation link';
  if ((REUSE_NOTICE.test(t) && wordCount <= 40) || WIRE_FOOTER.test(t)) return 'copyright footer';
  const first = t.charCodeAt(0) | 0x20; // the first letter in lower case: the shapes below open with their own
  if ((first === 0x74 || first === 0x28) && SYNDICATED_NOTE.test(t)) return 'copyright footer';
  if (first === 0x74 && t.includes('appeared first on') && FEED_FOOTER.test(t)) return 'copyright footer';
  if (first === 0x68 && wordCount <= 30 && BREADCRUMB.test(t)) return 'share/navigation link';
  if ((first === 0x70 || first === 0x73) && PERMALINK.test(t)) return 'share/navigation link';
  if ((first === 0x70 || first === 0x65 || first === 0x74 || first === 0x6a || first === 0x79 || first === 0x3c || first === 0x77 || first === 0x73) && SCRIPT_NOTE.test(t)) return 'note about the page\u2019s scripts or player';
  if (((first === 0x6a && JOIN_CHANNEL.test(t)) || (first === 0x63 && CATCH_ALL.test(t))) && wordCount <= 40) return 'newsletter or sign-up prompt';
  if (NEWS_TIP.test(t) && wordCount <= 20) return 'newsletter or sign-up prompt';
  if (isMoreToStoryCall(t, wordCount)) return 'newsletter or sign-up prompt';
  if (first === 0x73 && SUPPORTING_IMAGE.test(t)) return 'photo caption with its credit';
  if (first === 0x74 && wordCount <= 40 && MEMBERS_ONLY.test(t)) return 'newsletter or sign-up prompt';
  if (wordCount <= 20 && STORY_STATUS.test(isBracketed(t) ? t.slice(1, -1) : t)) return 'story status note';
  if (wordCount <= 40 && (t.includes('AI') || t.includes('rtificial')) && AI_SUMMARY_NOTE.test(t)) return 'story status note';
  if (wordCount <= 20 && (t.includes('AI') || t.includes('rtificial')) && AI_AUDIO_NOTE.test(t)) return 'share/navigation link';
  if (first === 0x74 && isSponsorVerdict(t, wordCount)) return 'story status note';
  // (A labelled "Disclosure: …" is the outlet's own note in the article, as an author's holdings are.)
  if (wordCount >= 5 && wordCount <= 60 && AFFILIATE_HINT.test(t) && AFFILIATE.test(t) && !/^disclosure\s?:/i.test(t)) return 'affiliate-link disclosure';
  if ((first === 0x77 || first === 0x73 || first === 0x76) && wordCount <= 20 && VIDEO_POINTER.test(t)) return 'pointer to the page\u2019s video';
  if (wordCount <= 25 && ((first === 0x77 || first === 0x73) && VIDEO_PROMO.test(t))) return 'share/navigation link';
  if (wordCount <= 14 && t.includes('ive ') && LIVE_POINTER.test(t)) return 'share/navigation link';
  if (t.includes('@') && ((REACH_AUTHOR.test(t) && wordCount <= 40) || ADDRESS_ALONE.test(t))) return 'byline or author bio';
  if (wordCount <= 25 && isRelatedLink(t)) return 'related-story link';
  if (COPYRIGHT.test(t) && wordCount <= 30) return 'copyright footer';
  if (SITE_LICENCE.test(t)) return 'copyright footer';
  // (A banner holds the word too: its test only where the word is.)
  if (COOKIE.test(t) && ((COOKIE_CONTEXT.test(t) && wordCount <= 60 && !REPORTED.test(t)) || COOKIE_BANNER.test(t))) return 'cookie notice';
  if (((NEWSLETTER.test(t) && (PROMPT_WORDS.test(t) || !endsLikeSentence(t))) || (SIGN_UP.test(t) && SITE_OWN.test(t))) && wordCount <= 25) return 'newsletter or sign-up prompt';
  if (APP_PROMPT.test(t) || (SIGN_UP_FORM.test(t) && wordCount <= 70) || (STAY_UPDATED.test(t) && wordCount <= 20)) return 'newsletter or sign-up prompt';
  if (isNewsAlertsOffer(t, wordCount)) return 'newsletter or sign-up prompt';
  if (wordCount <= 10 && first === 0x73 && JOURNALISM_APPEAL.test(t)) return 'appeal for support or donations';
  if (wordCount <= 12 && t.includes('onate') && DONATE_HERE.test(t)) return 'appeal for support or donations';
  if ((wordCount <= 40 && (t.includes('nsubscribe') || t.includes('spam') || t.includes('never s')) && SIGN_UP_FINE_PRINT.test(t)) || (wordCount <= 25 && (first === 0x67) && (GET_NEWS_PROMPT.test(t) || GET_NAMED_EMAIL.test(t)))) return 'newsletter or sign-up prompt';
  return undefined;
}

/** A teaser cut off by the page: ends in an ellipsis that is not inside a quote. */
export function isTruncatedTeaser(trimmed: string): boolean {
  return /(?:\u2026|\.\.\.)$/.test(trimmed) && !/["\u201C\u201D]/.test(trimmed);
}

/** Ends like a sentence (or a quote that ends one). */
export function endsLikeSentence(trimmed: string): boolean {
  // The closing mark may be an opening one typed in its place ("… ordinary lad.“") or a guillemet.
  return /[.!?;\u2026]['"\u2019\u201C\u201D\u00BB)\]]*$/.test(trimmed) || /[.!?,]['"\u2019\u201C\u201D\u00BB]$/.test(trimmed);
}

/** A WordPress AMP page's logo, by its alt text: "Site icon PrimesPorto". */
const SITE_ICON = /^Site icon(?: \p{Lu}[\p{L}\d.&'-]*){0,4}$/u;

/** A listing's page counter: "Page 585 of 1957". */
const PAGE_OF_PAGES = /^page \d{1,5} of \d{1,5}$/i;

/**
 * A site's domain alone on its line, its logo's link ("Particle.news", "TheHill.com",
 * "EXPRESS.CO.UK"); not a "www." address, which a listing gives as information.
 */
const SITE_DOMAIN = /^(?!www\.)[\p{L}\d-]{2,30}(?:\.[\p{L}\d-]{2,30})?\.(?:com|news|org|net|co\.uk|tv|io|info|in|uk|au|ca)$/iu;

/** A caption that ends in a credit ("… Photo: AFP", "… Source: Xinhua"). */
export function isCaption(trimmed: string): boolean {
  return /(?:photo|photograph|image|picture|source|credit|file photo|video)s?\s?:\s?[\p{L}/ &.-]{1,40}$/iu.test(trimmed) || /\((?:photo|image|picture)[^)]{0,60}\)$/i.test(trimmed);
}

/**
 * A credit closing a line in brackets: "(AP Photo/Alan Diaz, File)", "(Image: GETTY )", "(Image
 * credit: TNG Collaboration)", "(Courtesy of the Utah Governor's Office)", "(PA)", "(Getty Images)", "(Sky News)", a photographer and an agency
 * ("(Manu Fernandez/AP)", "(NASA's Goddard Space Flight Center/David Ladd)"; not "(HIV/AIDS)"), or
 * after a copyright sign ("© Reuters / David Mercado", "… - Copyright AFP Yasin AKGUL") or a bar ("| Photo: AP/Charles Krupa", "|
 * Shutterstock"). Or a news agency's caption end, "Picture date: Tuesday July 19, 2022.", or a
 * name in brackets set off by spaces inside them, The Independent's caption credit: "( Getty Images )",
 * "( Independent )" (a party in brackets, "Jane Reed (Independent)", has none).
 */
const CLOSING_CREDIT =
  /\s\((?:(?:[Ii]mage|[Pp]hoto|[Pp]icture|[Pp]ic|[Pp]hotograph|[Vv]ideo|[Cc]redit)(?: [Cc]redit)?(?: ?: ?| by | courtesy(?: of)? | [-\u2013\u2014] )[^()]{1,60}|Courtesy(?: of)? [^(),.]{2,60}|(?:AP|AFP|EPA|UPI|AAP) Photo(?: ?\/[^()]{1,60}|, [Ff]ile)?|(Getty(?: Images)?|GETTY|Alamy|PA(?: Wire| Media| Archive)?|EPA|AFP|AP|AAP|Reuters|Shutterstock|Bloomberg|Xinhua|Sky News|ABC(?: News)?|iStock|Supplied)(?: ?\/ ?[^()]{1,40}|: \p{Lu}[^():]{1,40})?) ?\)$|\s\((\p{Lu}[\p{L}.'\u2019-]*(?: (?:\p{Lu}[\p{L}.'\u2019-]*|van|von|der|den|de|da|del|della|di|du|dos|das|la|le|bin|ter)){0,5}) ?\/ ?(?:\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3}(?:\/\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3})?|dpa)(?: via (?:AP|AFP|Reuters|Getty Images))?(?:, [Ff]ile)?\)$|\s\u00A9 ?\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3}(?: ?\/ ?\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3})?$|\s[-\u2013\u2014] (?:Copyright|\u00A9) (?:AFP|AP|Reuters|EPA|Getty Images|Xinhua|Anadolu)(?: \p{Lu}[\p{L}'\u2019-]*){0,3}$|\sPicture date: (?:\p{L}+,? )?(?:\p{L}+ \d{1,2}|\d{1,2} \p{L}+),? \d{4}\.?$|\s\|\s(?:(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Cc]redit|[Cc]ourtesy)s? ?: ?[^|]{1,60}|(?:Getty Images|Shutterstock|Alamy|AP|AFP|Reuters|EPA|PA|iStock|Twitter|Instagram)(?: ?\/ ?[^|]{1,40})?|\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){1,3} ?\/ ?(?:PA(?: Wire| Media| Archive)?|AP|AFP|Reuters|EPA|Getty Images|Shutterstock|Alamy|Bloomberg))$|[.!?] \| \p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,2}$|[.!?] \p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3} ?\/ ?(?:Getty Images|Shutterstock|Alamy|AFP|AP|Reuters|EPA|Bloomberg|PA Wire|PA Media)(?: via Getty Images)?$|[.!?] \/ ?(?:AA|AFP|AP|Reuters|EPA|Anadolu(?: Agency)?)$|(?:[.!?] ?| )(?:\/ )?(?:Photo|Image|Picture|Photograph|Source|Credit)s?(?: [Cc]redit)?(?: ?: ?| by | \/ )(?:\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,2}: )?\p{Lu}[\p{L}.'\u2019-]*(?:(?: ?[\/&] ?| )(?:(?:van|von|de|der|den|da|del|di|du|la|le|of|the|for) )*\p{Lu}[\p{L}.'\u2019-]*){0,4}(?:, (?:AFP|AP|Reuters|EPA|Getty Images|Supplied|File))?$|\s\( \p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3}(?: ?\/ ?\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3})? \)$/u;
/** A full stop glued to the bracketed credit after it. */
const GLUED_CREDIT = /\.\((?=[^()]{1,60}\)$)/;
/**
 * A wire caption's ending: its weekday, full date and place, "… queue to enter the Louvre on Monday,
 * Oct. 27, 2025, in Paris." (a story gives today's date without its year, and its place up top).
 */
const WIRE_CAPTION_END = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}, in \p{Lu}[\p{L}.'\u2019-]*(?:,? \p{Lu}[\p{L}.'\u2019-]*){0,3}\.$/u;
export const isWireCaptionEnd = (trimmed: string) => trimmed.endsWith('.') && WIRE_CAPTION_END.test(trimmed);
/** A caption's place and date before its credit: ", December 3, 2024." (prose writes "on December 3, 2024"). */
const CAPTION_DATE_END = /, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\.$|, \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* \d{4}\.$/;
/** A photographer and a stock agency closing a line unbracketed: "… on Nov. 18, 2026. Ana Ruiz / Getty Images". */
const STOCK_CREDIT_END = /\/ ?(?:Getty Images|Shutterstock|Alamy|AFP|AP|AA|Anadolu(?: Agency)?|Reuters|EPA|Bloomberg|PA Wire|PA Media)$/;
/** "… in Las Vegas. Photo by Ana Ruiz/UPI": a credit's label with "by" and no colon. */
const PHOTO_BY_END = /(?:Photo|Image|Picture|Photograph)s? by \p{Lu}[^.!?]{0,60}$/u;
/** A photographer and an outlet in square brackets closing a caption: "[ DAVID SANTIAGO | Miami Herald ]", "[Ana Ruiz | Times]", "[Collins Kweyu,Standard]". */
const SQUARE_CREDIT_END = /\s\[ ?\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3} ?[|,] ?\p{Lu}[\p{L}.'\u2019&-]*(?: \p{Lu}[\p{L}.'\u2019&-]*){0,3} ?\]$/u;
/** The same glued to the sentence's full stop ("… since 2020.YUI MOK/POOL/AFP via Getty Images"): its first word holds no full stop, so no start can run over another. */
const VIA_CREDIT_GLUED = /[.!?]\p{Lu}[\p{L}'\u2019-]*(?:[ /]\p{Lu}[\p{L}.'\u2019-]*){0,6} via (?:AP|AFP|Reuters|Getty Images|Shutterstock)$/u;
/** "… 2024. PHOTO/K24 Digital", "… on Monday. Photo/Harbour Post": a credit's label and its outlet after the caption's sentence. */
/** The same credit closing a caption after its sentence: "… Brazil, May 7, 2024. REUTERS/Diego Vara". */
const AGENCY_FIRST_END = new RegExp(`[.!?] ${AGENCY_FIRST_CREDIT.source.slice(1)}`, 'u');
const PHOTO_SLASH_END = /[.!?] (?:PHOTO|Photo|IMAGE|Image|PICTURE|Picture) ?\/ ?\p{Lu}[\p{L}\d.'\u2019&-]*(?: [\p{L}\d.'\u2019&-]+){0,3}$/u;
/** A photographer and an agency joined by a dash, closing a caption after its sentence: "… in Cape Canaveral, Fla. John Raoux—AP" (Fortune's style). */
const DASHED_CREDIT_END = /[.!?] \p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3}\u2014(?:AP|AFP|Reuters|Getty Images|Bloomberg|EPA|Bloomberg via Getty Images|AFP via Getty Images)$/u;
/** A gallery's counter opening a caption: "1 of 5 | Candidate for NYC Mayor Andrew Cuomo speaks …" (no paragraph opens so). */
export const GALLERY_COUNTER = /^\d{1,3} (?:of|\/) \d{1,3} \| (?=\S)/;
/** The line opens with a gallery's counter (tested only when it opens with a digit). */
export const opensWithGalleryCounter = (t: string) => t.charCodeAt(0) <= 0x39 && GALLERY_COUNTER.test(t);
/** A caption's note that its picture opens larger, after the credit: "New Glenn launches (pic: Blue Origin) – click to enlarge". */
const CLICK_TO_ENLARGE_OPENS = /^[Cc]lick to enlarge \p{Lu}/u;
const CLICK_TO_ENLARGE = /\s?[-\u2013\u2014]\s?click to enlarge$|\s?\(click to enlarge\)$/i;
/** An agency's file picture credited after a dash, even after a full stop: "… at the parliament in Kathmandu. — Reuters/File". */
const FILE_PHOTO_DASH_END = /\s[-\u2013\u2014]\s(?:Reuters|REUTERS|AFP|AP|EPA|Getty Images|Bloomberg|Xinhua|PA|Dawn)\/(?:File|FILE)(?: Photo)?$/;
/** An agency in capitals closing a caption after a dash: "… leave Rostov-on-Don - REUTERS". */
const AGENCY_DASH_END = /\s[-\u2013\u2014]\s(?:REUTERS|AFP|AP|EPA|GETTY IMAGES|BLOOMBERG|XINHUA|PA)$/;
/** A credited source and the agency it came through, closing a caption after its sentence. */
const VIA_CREDIT_END = /[.!?] \p{Lu}[\p{L}.'\u2019-]*(?:[ /]\p{Lu}[\p{L}.'\u2019-]*){0,6} via (?:AP|AFP|Reuters|Getty Images|Shutterstock)$/u;
/** An agency's name after a bracketed credit, as a gallery repeats it (also glued to it: "(AP Photo/Lindsey Wasson)ASSOCIATED PRESS"). */
const AGENCY_AFTER_CREDIT = /\) ?(?:AP|AFP|Reuters|REUTERS|Getty Images|EPA|ASSOCIATED PRESS|Associated Press)$/;
/** How much of a line's end a closing credit takes at most. */
const CREDIT_TAIL = 200;
/** Quotation marks opening a quote: a paragraph of the article quoting someone, its photo's credit pasted after it. */
const QUOTE_OPENS = /["“”]|(?:^|\s)['‘]/;
/** A name or title of up to three words in double quotes: Sean "Diddy" Combs, the "Philly Special". */
const QUOTED_NAME = /["“]\p{L}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,2}["”]/gu;
/**
 * A title in quotes, its words capitalised but for small ones: a caption's “Spinal Tap II: The End
 * Continues”, ‘Misery’ (the film a premiere or a screening is of).
 */
const QUOTED_TITLE = /["“‘']\p{Lu}[\p{L}\d'’.:!?&-]*(?: (?:[\p{Lu}\d][\p{L}\d'’.:!?&-]*|of|the|a|an|and|in|on|to|for|at|by|with|from|or)){0,10}["”’']/gu;
/** The text quotes someone: quote marks besides those round a name or title. */
const quotesSomeone = (text: string) => QUOTE_OPENS.test(QUOTE_OPENS.test(text) ? text.replace(QUOTED_NAME, '').replace(QUOTED_TITLE, '') : text);
/** Four words or more of caption before the credit that closes the line, quoting no one. */
const captionBefore = (trimmed: string, credit: RegExpExecArray) => trimmed.split(' ').length - credit[0].split(' ').length >= 4 && !quotesSomeone(trimmed);

/**
 * A photo's caption ending in its credit ("Protesters do not want Hong Kong to lose its autonomy
 * (Image: getty )", "… in Hialeah, Fla. (AP Photo/Alan Diaz, File)", "… east London (Sky News)"):
 * four words or more before the credit, no quote in them (a quoted paragraph with a credit after it
 * is the article's).
 */
export function isCreditedCaption(line: string, wordCount: number): boolean {
  if (wordCount > 80) return false;
  // "… in Valrico, Fla. (AP Photo/Chris O'Meara) AP": the agency tagged again after its credit; "… (pic:
  // Blue Origin) – click to enlarge": the picture's note after it.
  // (Each reading below is tried only when the line's end holds its mark: every line of a page passes here.)
  const unnoted = line.endsWith('enlarge') || line.endsWith('enlarge)') ? line.replace(CLICK_TO_ENLARGE, '') : line;
  // "… December 3, 2024.(Reuters)": the credit glued to the caption's full stop.
  const closed = unnoted.includes(')', unnoted.length - 20) ? unnoted.replace(AGENCY_AFTER_CREDIT, ')') : unnoted;
  const trimmed = closed.endsWith(')') ? closed.replace(GLUED_CREDIT, '. (') : closed;
  // "… Cape Canaveral, Fla. John Raoux—AP": a photographer and an agency joined by a dash.
  const dashedCredit = trimmed.includes('\u2014', trimmed.length - 40) ? DASHED_CREDIT_END.exec(trimmed.slice(-CREDIT_TAIL)) : null;
  if (dashedCredit) return captionBefore(trimmed, dashedCredit);
  // "… in Naples, Fla., Sept. 28, 2022. Naples Police Department/UPI via Shutterstock": a source handed out through an agency.
  const via = trimmed.includes(' via ', trimmed.length - 40) ? VIA_CREDIT_END.exec(trimmed.slice(-CREDIT_TAIL)) ?? VIA_CREDIT_GLUED.exec(trimmed.slice(-CREDIT_TAIL)) : null;
  if (via) return captionBefore(trimmed, via);
  // "… on Tuesday, June 25, 2024. PHOTO/K24 Digital": a labelled credit joined to its outlet by a
  // slash; "… May 7, 2024. REUTERS/Diego Vara": an agency, then its photographer.
  const slashed = trimmed.includes('/', trimmed.length - 40) ? PHOTO_SLASH_END.exec(trimmed.slice(-CREDIT_TAIL)) ?? AGENCY_FIRST_END.exec(trimmed.slice(-CREDIT_TAIL)) : null;
  if (slashed) return captionBefore(trimmed, slashed);
  // "… combing through the rubble for survivors. [ DAVID SANTIAGO | Miami Herald ]": a credit in square brackets.
  // "… as his troops leave Rostov-on-Don - REUTERS": an agency in capitals after a dash.
  const last = trimmed.charCodeAt(trimmed.length - 1);
  const dashed = last >= 0x41 && last <= 0x5a ? AGENCY_DASH_END.exec(trimmed) : null; // ends in a capital
  // (After a full stop it tags a story's last paragraph as the agency's, as "… on Friday. (PA)" does.)
  if (dashed) return !/[.!?]["\u201D\u2019]?$/.test(trimmed.slice(0, dashed.index)) && trimmed.slice(0, dashed.index).split(' ').length >= 4 && !quotesSomeone(trimmed);
  const filed = trimmed.includes('/F', trimmed.length - 16) ? FILE_PHOTO_DASH_END.exec(trimmed) : null;
  if (filed) return trimmed.slice(0, filed.index).split(' ').length >= 4 && !quotesSomeone(trimmed.slice(0, filed.index));
  // "… for directing ‘Ordinary People’ (1980)|World Travel & Tourism Council|CC BY-ND 2.0": a licence
  // closes only a picture's credit; after a bar the caption is the picture's, quoting or not.
  const licence = trimmed.includes('CC', trimmed.length - 16) ? CC_LICENCE_END.exec(trimmed) : null;
  if (licence) return trimmed.slice(0, licence.index).split(' ').length >= 4 && (trimmed.includes('|') || !quotesSomeone(trimmed.slice(0, licence.index)));
  const squared = trimmed.endsWith(']') ? SQUARE_CREDIT_END.exec(trimmed) : null;
  if (squared) return trimmed.slice(0, squared.index).split(' ').length >= 4 && !quotesSomeone(trimmed.slice(0, squared.index));
  // "… near Washington, DC. |": a caption whose credit after the bar was lost in flattening.
  if (trimmed.endsWith(' |') && /[.!?]["\u201D\u2019)]? \|$/.test(trimmed)) return trimmed.split(' ').length >= 6 && !quotesSomeone(trimmed);
  // The credit is at the end: only the line's tail is read, and only when it holds a credit's mark
  // (every paragraph of the article ends in a full stop, few in a bracket).
  const from = Math.max(0, trimmed.length - CREDIT_TAIL);
  const labelled = trimmed.lastIndexOf(': ') > trimmed.length - 60;
  // (NZ Herald's credit after a slash: "… Tai Po district. Photo / Peter Parks, AFP".)
  const slashLabelled = trimmed.includes(' / ', trimmed.length - 60);
  if (!(trimmed.endsWith(')') || labelled || slashLabelled || trimmed.includes('\u00A9', from) || trimmed.includes(' Copyright ', from) || trimmed.includes(' | ', from) || trimmed.includes('Picture date:', from) || STOCK_CREDIT_END.test(trimmed.slice(-40)) || PHOTO_BY_END.test(trimmed.slice(-70)))) return false;
  const m = CLOSING_CREDIT.exec(from === 0 ? trimmed : trimmed.slice(from));
  if (!m) return false;
  const before = trimmed.slice(0, from + m.index);
  // An agency's name alone after a full stop may tag the story's last paragraph as the agency's: "… on Friday. (PA)".
  // With the photographer's name after it ("… on Friday. (AP: Mark Ruiz)", ABC's style, or "(AP/Lindsey
  // Wasson)") it is a credit.
  // So it is after a caption's place and date, "… in Seoul, South Korea, December 3, 2024. (Reuters)",
  // when that is the line's one sentence (a story's lead run into its picture's caption stays).
  if (m[1] && /[.!?]$/.test(before) && !m[0].includes(': ') && !m[0].includes('/') && !(CAPTION_DATE_END.test(before.slice(-40)) && !SENTENCE_BREAK.test(before))) return false;
  // A photographer's name before the slash has a space, and a lower-case letter or two words in
  // capitals: "(Manu Fernandez/AP)", "(YOAN VALAT / MAXPPP)", not "(HIV/AIDS)".
  if (m[2] !== undefined && !(m[2].includes(' ') && (/\p{Ll}/u.test(m[2]) || /^\p{Lu}{2,}(?: \p{Lu}{2,}){1,3}$/u.test(m[2])))) return false;
  // After a bar the credit is a caption's however short: "Boston Celtics fans | Photo: AP/Josh Reynolds";
  // so it is before "click to enlarge".
  const piped = trimmed[from + m.index + 1] === '|';
  // A labelled credit, after a full stop or in brackets, closes a caption however short: "Jimmy
  // Kimmel. Credit : ABC", "Hamas releases hostages (Photo - CNN on social media)".
  const labelledCredit = /^[.!?] ?(?:Photo|Image|Picture|Credit)s?(?: [Cc]redit)? ?:|^\s\((?:[Ii]mage|[Pp]hoto|[Pp]icture|[Pp]ic|[Cc]redit)/.test(m[0]);
  // So does a photographer's name before the agency: "Chris Rea (Michael Stephens/PA)".
  return before.split(' ').length >= (piped || labelledCredit || m[2] !== undefined || unnoted !== line ? 2 : 4) && !quotesSomeone(before);
}

/**
 * A wire picture's caption as EPA-EFE files it, at any length (its caption carries the story's
 * background): opening with the picture's code ("epa09099282 Ships are anchored outside …") or
 * closing with the agency and the photographer in capitals after a sentence ("… pushing the
 * grounding vessel.  EPA/KHALED ELFIQI", "… EFE/EPA/RONALD WITTEK", "… EPA-EFE/SUEZ CANAL AUTHORITY / HANDOUT EDITORIAL USE
 * ONLY/NO SALES"), its notes taking up to 200 characters ("-- MANDATORY CREDIT -- BEST QUALITY
 * AVAILABLE --").
 */
const AGENCY_CAPTION = /^(?:epaselect )?epa\d{8} \p{Lu}|[.!?]\s{1,3}(?:EFE\/)?EPA(?:-EFE)?\/[A-Z][A-Z .'\/-]{1,200}$/u;
/**
 * A Getty Images caption, which opens with its place and day in capitals ("SAO PAULO, BRAZIL -
 * OCTOBER 02: Former president …") and closes with its credit ("(Photo by Rodrigo Paiva/Getty Images)").
 */
const GETTY_CAPTION_START = /^[A-Z][A-Z .'-]{1,40}(?:, [A-Z][A-Z .'-]{1,40})? [-\u2013] (?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) \d{1,2}: /;
const GETTY_CAPTION_END = /\((?:Photo|Photograph|Image) by [^()]{1,80}\/Getty Images\)$/;
/**
 * A wire caption's opening: "This photo provided by the Naples Fire Rescue Department shows …",
 * "This GOES-East GeoColor satellite image taken at 12:01 a.m. …", "In this aerial photo, damaged
 * boats …", "In this photo released by …", "An undated image of Google Pixel 9.".
 */
const CAPTION_OPENER = /^(?:In t|T)his (?:[\p{L}-]+ ){0,3}(?:photo|photograph|image|picture|video grab|frame grab)(?: taken (?:at|on|by|from|in)| (?:provided|released|made available|obtained|distributed) by)\b|^In this (?:[\p{L}-]+ ){0,2}(?:photo|photograph|image|picture),|^An? undated (?:[\p{L}-]+ ){0,2}(?:photo|photograph|image|picture)s? (?:of|shows|showing|provided)\b/u;
/** Most words of a caption read from its opening alone. */
const OPENED_CAPTION_WORDS = 80;
/**
 * A wire caption's close, its date then what the picture is: "… off the coast of Florida, U.S. March
 * 18, 2025 in a still image from video.", "… 2025, in this screen grab obtained from social media video."
 * (an article writes "seen in a still image from video released by police", no date before it).
 */
const STILL_IMAGE_END = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4},? in (?:a|this) (?:still image|screen ?grab|handout (?:photo|picture|image)|video grab|frame grab)(?: (?:taken |obtained |released )?(?:from|by) [^.]{1,60})?\.$/;
const stillImageMark = (t: string) => t.includes(' still image', t.length - 80) || t.includes(' grab', t.length - 80) || t.includes(' handout ', t.length - 80);
export function isAgencyCaption(trimmed: string, wordCount = 0): boolean {
  // Each reading is tried only when the line holds its mark (every line of a page passes here).
  const first = trimmed.charCodeAt(0);
  if ((first === 0x54 || first === 0x49 || first === 0x41) && wordCount <= OPENED_CAPTION_WORDS && CAPTION_OPENER.test(trimmed) && !QUOTE_OPENS.test(trimmed)) return true;
  // "click to enlarge Donald Trump speaks at a podium …": the picture's button run into its caption.
  if ((first === 0x63 || first === 0x43) && wordCount <= OPENED_CAPTION_WORDS && CLICK_TO_ENLARGE_OPENS.test(trimmed)) return true;
  if ((first === 0x65 || trimmed.includes('EPA', trimmed.length - 230)) && AGENCY_CAPTION.test(trimmed)) return true;
  if (wordCount <= OPENED_CAPTION_WORDS && trimmed.endsWith('.') && stillImageMark(trimmed) && STILL_IMAGE_END.test(trimmed) && !QUOTE_OPENS.test(trimmed)) return true;
  return trimmed.endsWith('Getty Images)') && GETTY_CAPTION_START.test(trimmed) && GETTY_CAPTION_END.test(trimmed.slice(-120));
}

/** Most words of a caption read from the credit line under it. */
const CAPTION_OVER_CREDIT_WORDS = 30;
/** Most words of a picture's alt text over its caption: "A close up of a smiling man with a stubbly beard". */
const ALT_TEXT_WORDS = 12;
/** Credits that stand over their picture, not under a caption: "Image copyright Getty Images", "SOURCE: News agencies". */
const LEADING_CREDIT = /^(?:image copyright|source\b)/i;

/**
 * A caption right over its credit's own line: "Matthew Perry arrives at the premiere … on Sept.
 * 21, 2009." over "(Matt Sayles / Associated Press)". One sentence or a fragment of at most 30
 * words, quoting no one (a title in quotation marks is no quote), right under page furniture
 * ("Shares", a timestamp) or under the picture's alt text ("A close up of a smiling man …": a short
 * line opening with "A" or "An", not ending as a sentence). A paragraph or a subhead of the article over a captionless picture's credit stays,
 * as does a labelled note ("Disclosure: …"; "Above: …" is a caption's label).
 */
export function isCaptionOverCredit(over: { trimmed: string; wordCount: number; furniture: boolean } | undefined, above: { trimmed: string; wordCount: number }, credit: string): boolean {
  if (above.wordCount === 0 || above.wordCount > CAPTION_OVER_CREDIT_WORDS || LEADING_CREDIT.test(credit) || SPOKEN_QUOTE.test(above.trimmed)) return false;
  const label = LINE_LABEL.exec(above.trimmed);
  if (label && !CAPTION_LABELS.has(label[1].toLowerCase())) return false;
  if (!over || SENTENCE_BREAK.test(above.trimmed)) return false;
  return over.furniture || (over.wordCount <= ALT_TEXT_WORDS && /^An? /.test(over.trimmed) && !endsLikeSentence(over.trimmed)) || isAltTextOf(over, above.trimmed);
}
/** The line over a caption is its picture's alt text, the caption's opening words ("… embraces a member of the church." over "… embraces a member of the church during a joint service …"). */
export function isAltTextOf(over: { trimmed: string; wordCount: number }, caption: string): boolean {
  const alt = over.trimmed.replace(/[.!?]$/, '');
  return over.wordCount >= ALT_PREFIX_WORDS && caption.length > alt.length && caption.startsWith(alt) && caption[alt.length] === ' ';
}
/** Fewest words of alt text repeated as a caption's start: fewer could be any two lines opening alike. */
const ALT_PREFIX_WORDS = 5;
/** A sentence ending inside a line and another starting: two sentences ("Sept. 21" is no break). */
const SENTENCE_BREAK = /[.!?]['"\u2019\u201D)]*\s+\p{Lu}/u;
/** Six words or more in quotation marks: someone quoted, not a title ("the premiere of “The Invention of Lying”"). */
const SPOKEN_QUOTE = /["\u201C][^"\u201C\u201D]*?(?:\s[^"\u201C\u201D\s]+){5}/u;
const LINE_LABEL = /^([\p{L}'\u2019 ]{1,20}):\s/u;
const CAPTION_LABELS = new Set(['above', 'below', 'top', 'bottom', 'left', 'right', 'main', 'inset', 'pictured', 'main image', 'file']);

/** A question or answer of an interview printed as "Q: …" / "A: …". */
export function isInterviewTurn(trimmed: string): boolean {
  return /^[QA] ?: \S/.test(trimmed);
}

/** An icon's label for screen readers: "An icon of a desk calendar", "An icon representing logout". */
const ICON_LABEL = /\b[Aa]n icon (?:of|representing|that|used)\b/g;
/** Icon labels it takes to make a line a sprite sheet's text rather than a sentence mentioning one. */
const ICON_LABELS_MIN = 3;

/**
 * A page's icon set flattened into one line: "Calendar An icon of a desk calendar. Cancel An icon of
 * a circle with a diagonal line across. Caret An icon of a block arrow …".
 */
export function isIconLabels(trimmed: string): boolean {
  if (!trimmed.includes('n icon ')) return false;
  ICON_LABEL.lastIndex = 0;
  let n = 0;
  while (ICON_LABEL.exec(trimmed) && ++n < ICON_LABELS_MIN);
  return n >= ICON_LABELS_MIN;
}

/** What only a script's text holds: an arrow or a function, a call closed with "});", a push, the page's objects. */
const SCRIPT_MARK = /=>|\bfunction\s*\(|\}\);|\.push\(|\bwindow\.[a-z]|\bdocument\.[a-z]|\bvar [A-Za-z_$][\w$]* ?=/;
/** Brackets, braces and operators a script line is thick with. */
const SCRIPT_CHARS = /[{}()[\];=|&]/g;
/** Most characters read of a script line (a runaway line stays cheap). */
const SCRIPT_LINE_CHARS = 2000;

/**
 * A page's script flattened into its text: "(self.SWG_BASIC = self.SWG_BASIC || []).push(
 * basicSubscriptions => { basicSubscriptions.init({ … }); });". A mark only code has and eight
 * brackets or operators or more, at any length.
 */
export function isScriptLine(trimmed: string): boolean {
  const head = trimmed.length > SCRIPT_LINE_CHARS ? trimmed.slice(0, SCRIPT_LINE_CHARS) : trimmed;
  // The brackets counted first: half the time of the mark's test, and 1 long line in 250 has eight.
  SCRIPT_CHARS.lastIndex = 0;
  let n = 0;
  while (SCRIPT_CHARS.exec(head) && ++n < 8);
  return n >= 8 && SCRIPT_MARK.test(head);
}

/** An aggregator's link to the whole story: "→ Continue reading at King 5", "Continue reading at The Associated Press". */
const CONTINUE_AT = /^(?:\u2192 ?)?[Cc]ontinue reading (?:at|on) \p{Lu}[\p{L}\d.&'\u2019-]*(?: [\p{L}\d.&'\u2019-]+){0,4}$/u;
/** Platforms whose posts a page embeds behind a consent box. */
const PLATFORMS = '(?:twitter|x|instagram|youtube|google youtube|facebook|tiktok|bluesky|threads|spotify)';
/** "Skip twitter post", "End of Instagram post, 2", "Allow Twitter content?": an embedded post's consent box controls. */
const EMBED_CONTROL = new RegExp(`^(?:(?:skip|end of) ${PLATFORMS} (?:post|content|video)(?:,? \\d{1,3})?|allow ${PLATFORMS} content\\??)$`, 'i');
/** An embedded Instagram post's frame left in the text: "View this post on Instagram", "A post shared by Ana Ruiz (@anaruiz)". */
const EMBED_FRAME = new RegExp(`^view this (?:post|photo|video|reel) on ${PLATFORMS}$|^a (?:post|photo|video|reel) shared by \\p{Lu}[\\p{L}.'\u2019-]*(?: \\p{Lu}[\\p{L}.'\u2019-]*){0,4} \\(@[\\w.]{1,40}\\)$`, 'iu');
/**
 * An embedded post's consent box, on lines of any length: "This article contains content provided by
 * Twitter. We ask for your permission …", "This Twitter post cannot be displayed in your browser. …",
 * "The BBC is not responsible for the content of external sites."
 */
const EMBED_NOTICE = new RegExp(`^(?:this (?:article|page) contains content provided by ${PLATFORMS}\\b|this ${PLATFORMS} (?:post|content|video) cannot be displayed in your browser\\b|the [\\p{L}. ]{2,30} is not responsible for the content of external (?:internet )?sites\\b)`, 'iu');
/** "A version of this article appears in print on Dec. 5, 2026, Section A, Page 1 of the New York edition with the headline: …". */
const PRINT_NOTE = /^a version of this (?:article|story|review|column) appear(?:s|ed) in print on\b/i;
export function isPrintNote(trimmed: string, wordCount: number): boolean {
  return wordCount <= 80 && (trimmed.charCodeAt(0) | 0x20) === 0x61 && PRINT_NOTE.test(trimmed);
}

export function isEmbedNotice(trimmed: string, wordCount: number): boolean {
  if (wordCount > 120 || (trimmed.charCodeAt(0) | 0x20) !== 0x74) return false;
  // Lines opening with "The" or "This" are many: the regex only for those holding one of its phrases.
  return (trimmed.includes(' provided by ') || trimmed.includes(' cannot be displayed') || trimmed.includes(' not responsible ')) && EMBED_NOTICE.test(trimmed);
}

/**
 * A consent box's description of a kind of cookie, as WordPress consent plugins word it: "Necessary
 * cookies are absolutely essential for the website to function properly. …".
 */
const COOKIE_CATEGORY = /^(?:strictly )?(?:necessary|non-necessary|functional|performance|analytics|analytical|advertisement|advertising|marketing|targeting|other|uncategori[sz]ed) cookies (?:are|is|help|may|include|do|allow|used|collect)\b/i;

/**
 * A site's appeal for money pasted as one long paragraph: "Your support helps us to tell the story …
 * Your donation allows us to keep sending journalists … Your support makes all the difference." It
 * asks in the second person ("your support", "your donation") and holds four of an appeal's phrases
 * or more; a story about a fundraiser quotes one or two.
 */
const APPEAL_ASK = /\byour (?:support|donation|contribution|generosity)\b/i;
const APPEAL_PHRASES = ['your support', 'your donation', 'your contribution', 'support now', 'donate', 'paywall', 'afford it', 'all the difference', 'quality journalism', 'independent journalism', 'become a member', 'become a supporter', 'reporters on the ground', 'sending journalists'];
export function isLongAppeal(trimmed: string, wordCount: number): boolean {
  if (wordCount < 30 || wordCount > 400 || !(trimmed.includes('our ') && APPEAL_ASK.test(trimmed))) return false;
  const lower = trimmed.toLowerCase();
  let found = 0;
  for (const p of APPEAL_PHRASES) if (lower.includes(p)) found++;
  return found >= 4;
}

/** A cookie banner too long for the shape tests (they look at lines up to SHORT_LINE characters), or a consent box's cookie category. */
export function isLongCookieBanner(trimmed: string, wordCount: number): boolean {
  // Both hold the word, as in shapeReason: its test takes a third of the banner's on a paragraph without it.
  return wordCount <= 150 && COOKIE.test(trimmed) && (COOKIE_BANNER.test(trimmed) || (COOKIE_CATEGORY.test(trimmed) && COOKIE_CONTEXT.test(trimmed) && !REPORTED.test(trimmed)));
}

/**
 * A quotation signed with a dash and a name ("“…” ― Ana Ruiz"), or opening a paragraph that says
 * who spoke ("“…,” captain Ana Ruiz beamed as …", "“…,” said Ruiz."): a reader's or a speaker's
 * words are the article's own, however far off its topic. (A bare quote standing alone may be a
 * teaser title.)
 */
const QUOTATION = /^["\u201C\u201D\u201E\u00AB].*["\u201C\u201D\u00BB][.,]?\s?[\u2015\u2014\u2013-]\s?\p{Lu}[^"\u201C\u201D]{0,60}$/u;
/** The words right after a quote's closing mark, up to a speech verb: "captain Ana Ruiz beamed", "said Ruiz". */
const AFTER_QUOTE = /^[,.!?]?["\u201D\u00BB],? ((?:[\p{L}'\u2019.-]+ ){0,5}[\p{L}'\u2019-]+)/u;
/** A paragraph opening with its speaker and a speech verb, then the quote: "It further said, “…", "Ana Ruiz told reporters: “…". */
const INTRODUCED_QUOTE = /^((?:[\p{L}'\u2019.-]+ ){1,6}?[\p{L}'\u2019.-]+)[,:] ?["\u201C\u201E\u00AB]/u;
/** Most characters of a quote read for its closing mark. */
const QUOTE_READ = 400;

export function isQuotationWithSpeaker(trimmed: string): boolean {
  const c = trimmed.charCodeAt(0);
  if (c !== 0x22 && c !== 0x201c && c !== 0x201d && c !== 0x201e && c !== 0xab) {
    // The speaker first: "It further said, “We saw it …", "Reeves added: “…".
    const intro = INTRODUCED_QUOTE.exec(trimmed);
    return intro !== null && intro[1].split(' ').some((w, k) => k > 0 && DEFAULT_CUES.has(w.toLowerCase()));
  }
  if (QUOTATION.test(trimmed)) return true;
  const close = trimmed.slice(0, QUOTE_READ).search(/[,.!?]?["\u201D\u00BB](?=,? \p{L})/u);
  const after = close > 0 ? AFTER_QUOTE.exec(trimmed.slice(close, close + 80)) : null;
  if (!after) return false;
  const words = after[1].split(' ');
  return words.some((w) => DEFAULT_CUES.has(w.toLowerCase())) && words.some((w) => /^\p{Lu}/u.test(w) || PRONOUNS.has(w.toLowerCase()));
}

/** "<Name> is a … reporter|writer|columnist …": the author's note under a story. */
const AUTHOR_BIO = /^(?:\p{Lu}[\p{L}.'\u2019-]+\s){1,3}(?:is|was|has been)\s(?:a|an|the|The)\s[^.]{0,60}?\b(?:writer|reporter|journalist|correspondent|editor|contributor|columnist|author|producer|photographer|blogger|freelancer)s?\b/u;
/** "<Name> covers education for the Riverton Ledger.": the other common form of the note. */
const AUTHOR_BEAT = /^(?:\p{Lu}[\p{L}.'\u2019-]+\s){1,3}(?:covers|writes about|reports on)\s[^.]{1,80}?\sfor\s(?:the\s)?\p{Lu}/u;

/** "Ben Sisario, a reporter covering music …, has been writing for The Times for more than 20 years.": the note with the job in apposition. */
const AUTHOR_APPOSITION = /^(?:\p{Lu}[\p{L}.'\u2019-]+\s){1,2}\p{Lu}[\p{L}.'\u2019-]+, (?:a|an|the) [^.,]{0,80}?\b(?:writer|reporter|journalist|correspondent|editor|columnist|producer|photographer)s?\b[^.]{0,80}?, (?:has (?:been )?(?:writing|reporting|covering|written|reported|covered|worked)|covers|writes|reports)\b/u;

export function isAuthorBio(trimmed: string): boolean {
  return AUTHOR_BIO.test(trimmed) || AUTHOR_BEAT.test(trimmed) || (trimmed.includes(', ') && AUTHOR_APPOSITION.test(trimmed));
}

/**
 * Who else reported the story: "Keith Bradsher contributed reporting from Hong Kong.", "Associated
 * Press writers Ana Ruiz and Tom Hale contributed to this report."
 */
const CONTRIBUTOR_NOTE = /^(?:(?:Associated Press|AP|Reuters|AFP|Bloomberg) (?:writers?|reporters?|correspondents?) )?(?:\p{Lu}[\p{L}.'\u2019-]+,? ){1,3}(?:and (?:\p{Lu}[\p{L}.'\u2019-]+ ){1,3})?(?:in (?:\p{Lu}[\p{L}.'\u2019-]+ ){1,3})?contributed (?:reporting|research|to this (?:report|story|article))\b[^.]{0,60}\.?$/u;

export function isContributorNote(trimmed: string): boolean {
  return trimmed.includes(' contributed ') && CONTRIBUTOR_NOTE.test(trimmed);
}

/**
 * How to reach the author: "Amy Kuperinsky may be reached at akuperinsky@…", "Reach her at
 * mvega@…", or an address alone on its line ("E-mail info@ascom.com"). An address inside an
 * article's sentence ("Residents can send questions to council@…") is neither.
 */
const REACH_AUTHOR = /^(?:(?:[Hh]ave|[Gg]ot) a (?:news )?tip\?\s)?(?:(?:\p{Lu}[\p{L}.'\u2019-]+\s){1,3}(?:may|can) be reached|(?:[Rr]each|[Cc]ontact|[Ee]-?mail) (?:her|him|them|the (?:author|writer|reporter)))\s(?:at|via|by e-?mail at)\s[\w.+-]{1,64}@[\w-]{1,63}\./u;
const ADDRESS_ALONE = /^(?:e-?mail:?\s)?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/i;

/** A quantity and its unit opening a line ("1 tsp cinnamon", "½ cup milk", "200 g flour"): an ingredient list. */
const MEASURE = /^(?:\d{1,4}(?:[.,/]\d{1,3})?(?: \d\/\d)?|[\u00BC-\u00BE\u2150-\u215E]) ?(?:tbsp|tsp|tablespoons?|teaspoons?|cups?|oz|ounces?|lbs?|pounds?|g|kg|grams?|ml|l|litres?|liters?|pinch(?:es)?|cloves?|cans?|jars?|sticks?|slices?)\.?(?:\s|$)/i;

export function isMeasure(trimmed: string): boolean {
  return MEASURE.test(trimmed);
}

/** The sections a news site's menu lists, and its own pages (about, contact, help), each alone on a line. */
const SECTION_NAMES = new Set(
  ('about|contact|archive|archives|donate|shop|store|careers|help|faq|terms|privacy|subscribe|support|latest|trending|popular|most read|' +
    'top stories|live tv|magazine|video|podcast|breaking news|subscriptions|about me|more|' +
    'news|local|local news|sports|business|entertainment|lifestyle|politics|world|world news|nation|u.s.|us news|uk|uk news|health|education|' +
    'environment|climate crisis|europe|asia|africa|americas|middle east|australia|' +
    'real estate|jobs|autos|cars|homes|events|calendar|letters|letters to the editor|editorials|columns|columnists|photos|videos|' +
    'podcasts|newsletters|obituaries|e-edition|eedition|today\'s paper|todays paper|print edition|classifieds|puzzles|games|' +
    'crossword|crosswords|horoscopes|weather|traffic|science|technology|tech|travel|food|arts|culture|style|opinion|markets|economy|' +
    'sport|football|soccer|cricket|tennis|golf|motoring|money|lifestyle & culture|arts & entertainment|public notices|legal notices').split('|'),
);

export function isSectionName(trimmed: string): boolean {
  return trimmed.length <= 28 && SECTION_NAMES.has(trimmed.toLowerCase());
}

/**
 * A press release's closing parts: the safe-harbour heading and its legal paragraph, "SOURCE
 * <company>", the "###" or "-30-" end mark, and the media contact label (its name, phone and address
 * lines follow, see classify). The company's "About …" paragraph stays: it states facts a story uses.
 */
const LEGAL_HEADING = /^(?:forward-looking statements?|cautionary (?:note|statement)(?: regarding forward-looking statements)?|safe harbou?r statement):?$/i;
const CONTACT_HEADING = /^(?:media contacts?|press contacts?|investor contacts?|media (?:and|&) investor contacts?|for (?:further|more) information,? (?:please )?contact):?$/i;
const SAFE_HARBOUR = /^(?:this (?:press |news )?(?:release|announcement|document) (?:contains|includes|may contain)|certain statements (?:in|made in) this (?:press |news )?(?:release|announcement))\b.{0,200}\bforward-looking\b/i;
const RELEASE_END = /^(?:SOURCE \p{Lu}[\p{L}\p{N}&.,' -]{1,60}|#{3}|-30-)$/u;

export function pressReleasePart(trimmed: string): 'legal heading' | 'contact heading' | 'legal' | 'end' | undefined {
  // Each part opens with its own letters: most lines are none of them and pay one test.
  const first = trimmed.charCodeAt(0) | 0x20;
  if (first === 0x74 || first === 0x63) return SAFE_HARBOUR.test(trimmed) ? 'legal' : trimmed.length <= 80 ? releaseHeading(trimmed) : undefined;
  if (trimmed.length > 80) return undefined;
  if (first === 0x66 || first === 0x73 || first === 0x6d || first === 0x70 || first === 0x69) {
    const part = releaseHeading(trimmed);
    if (part) return part;
  }
  if ((first === 0x73 || first === 0x23 || first === 0x2d) && RELEASE_END.test(trimmed)) return 'end';
  return undefined;
}

function releaseHeading(trimmed: string): 'legal heading' | 'contact heading' | undefined {
  return LEGAL_HEADING.test(trimmed) ? 'legal heading' : CONTACT_HEADING.test(trimmed) ? 'contact heading' : undefined;
}

/** A contact's line: a name, a phone number, an address or a web address, short and no sentence. */
export function isContactDetail(trimmed: string, wordCount: number): boolean {
  return wordCount <= 6 && !/[.!?]$/.test(trimmed.replace(/\.(?:com|org|net|example)$/i, ''));
}

