/**
 * Page furniture phrases, as data. A line whose normalised text equals one of these is boilerplate
 * with the given reason. Users add their own through `boilerplatePhrases` in .copydesk.json.
 */
export type BoilerplateReason =
  | 'advertisement label'
  | 'share/navigation link'
  | 'newsletter or sign-up prompt'
  | 'comment form'
  | 'cookie notice'
  | 'heading of a related-stories block'
  | 'related-story link'
  | 'related-story teaser'
  | 'related-story headline between paragraphs'
  | 'tags or topic list'
  | 'photo or source credit'
  | 'photo caption with its credit'
  | 'reading time'
  | 'publication timestamp'
  | 'date stamp of a teaser'
  | 'video duration'
  | 'comment or share count'
  | 'photo gallery or video count'
  | 'stray punctuation'
  | 'image file address'
  | 'repeated line (video or teaser title shown twice)'
  | 'paragraph pasted twice'
  | 'copyright footer'
  | 'press release footer'
  | 'end mark of a wire story'
  | 'story status note'
  | 'pointer to the page\u2019s video'
  | 'affiliate-link disclosure'
  | 'appeal for support or donations'
  | 'page title with the site\u2019s name'
  | 'page script code'
  | 'HTML markup left in the text'
  | 'note about the page\u2019s scripts or player'
  | 'byline or author bio'
  | 'off-topic block after the article end'
  | 'readers\u2019 comments below the article'
  | 'section label above the article'
  | 'part of a block of page furniture'
  | 'phrase listed in the project config'
  | 'navigation menu outside the article'
  | 'navigation menu shown twice'
  | 'page text below the site footer'
  | 'site text above the article';

export const PHRASES: Record<string, BoilerplateReason> = Object.create(null); // no prototype: a line reading "constructor" is no phrase

function add(reason: BoilerplateReason, list: string): void {
  for (const p of list.split('|')) PHRASES[p.trim()] = reason;
}

add('advertisement label', 'advertisement|advertisements|advert|adverts|ads|ad|sponsored|sponsored content|promoted|paid content|partner content|story continues below advertisement|article continues below advertisement|continue reading below|' +
  'story continues below|article continues below|story continues after advertisement|ad feedback|sponsor message|advertisement - scroll to continue|advertisement - scroll to continue reading|scroll to continue with content|article ad box|ad box|ad slot|ad space');
add('appeal for support or donations', 'support independent journalism|support our journalism|support quality journalism|donate|donate now|make a donation|support us|support us on patreon|become a patron|like summarized versions? support us on patreon');
// The same label in the languages newsrooms paste from most.
add('advertisement label', 'anzeige|werbung|publicité|publicite|publicidad|pubblicità|publicidade|advertentie|reklama|reklam|реклама|iklan|광고|广告|廣告|広告|إعلان|اعلان|اضافة اعلان|إضافة إعلان');
add(
  'share/navigation link',
  'share|shares|share this|share this article|share this story|share on facebook|share on twitter|share this with family and friends|' +
    'tweet|email|e-mail|print|whatsapp|facebook|twitter|x|youtube|instagram|linkedin|telegram|reddit|pinterest|tiktok|flipboard|' +
    'copy link|link copied|comments|comment|view comments|leave a comment|show comments|menu|home|search|close|skip to content|skip to main content|' +
    'back to top|top of page|next article|previous article|next story|previous story|next post|previous post|older post|newer post|older posts|newer posts|next|previous|read more|keep reading|continue reading|see more|' +
    'show more|load more|learn more|click here|view more|see all|view all|opinion|report|listen|listen to this article|' +
    'follow us|follow us on|connect with us|log in|login|sign in|register|my account|english news|caricature|watch|watch live|live|explore more|search for|' +
    'close menu|open menu|toggle menu|supported by|send any friend a story|hide comments|contact us|about us|advertise|advertise with us|rss|rss feed|rss feeds|sitemap|site map|masthead|sections|all sections|subscriber agreement|' +
    'log out|logout|sign out|up next|got a tip|got a tip?|share this on facebook|share this on twitter|share all sharing options|' +
    'continue reading the main story|sharing is caring|got a news tip|got a news tip?|you are signed in as|' +
    'reply|cancel reply|leave a reply|leave a comment cancel reply|post a comment|comments are closed|no comments|no comments yet|be the first to comment|' +
    'gift this article|gift article|gift this story|share full article|save article|save story|save for later|' +
    'key events|show key events only|key events only|show all updates|jump to latest|pinned post|live feed|follow live|' +
    'you can share this story on social media|reuse this content|skip next section|send us your feedback|all headlines|' +
    'save articles to read later and create your own reading list|like this story? share it with a friend'
);
// A newsletter platform's buttons and comment section (Substack, Medium, Ghost): a post pasted from one keeps them.
add('share/navigation link', 'restack|share this post|expand full comment|discussion about this post|like|follow|no posts|member-only story|text to speech|top comments|new comments');
/** Headings a newsletter platform puts over its readers' comments: what follows them is the comments, on the story's topic or not. */
export const COMMENT_HEADINGS = new Set(['discussion about this post']);
add('share/navigation link', 'a password will be e-mailed to you|a password will be emailed to you|welcome! log into your account|log into your account|recover your password|password recovery|forgot your password? get help|your username|your password');
// A widget left empty or labelled by the page: a ticker's label, a list of the article's topics.
add('share/navigation link', 'no data was found|no data found|happening now|in this article|watch now|report a typo');
// Postmedia's label between a story's paragraphs, where its ads were.
add('share/navigation link', 'article content');
// A WordPress post's embed box, pasted with its excerpt.
add('share/navigation link', 'copy and paste this url into your wordpress site to embed|copy and paste this code into your site to embed');
// A player's and a picture's controls, an app's prompt; an ad's skip button.
// A screen reader's list labels (Al Jazeera: "list of 4 itemsend of list") and an image's placeholder.
add('share/navigation link', 'end of list|list of 2 items|list of 3 items|list of 4 items|list of 5 items|list of 6 items|list of 2 itemsend of list|list of 3 itemsend of list|list of 4 itemsend of list|list of 5 itemsend of list|list of 6 itemsend of list|image|section image');
// A site builder's link back from a post to the site's front page (Strikingly).
add('share/navigation link', 'explore more publications|return to site|back to site|back to all stories|back to all news|back to all posts|back to news');
add('share/navigation link', 'card image cap|article thumbnail image|featured video|enlarge this image|toggle caption|hide caption|fullscreen|full screen|enter full screen|exit full screen|open in full screen mode|view image in fullscreen|view in fullscreen|read full article|start reading|open in app|read in app|see more videos|order reprints|today\'s paper|watch more|add to favourites|add to favorites|follow topic|follow this topic|bookmark|save this story|save this article|join the conversation|this content is not available in your region');
// A reader-settings panel's labels.
add('share/navigation link', 'reading mode|font size|text size|dark mode|night mode|light mode');
add('heading of a related-stories block', 'visual stories|web stories');
// A page's list of its own sections, whose entries are links.
add('share/navigation link', 'table of contents|skip ribbon commands|breaking news');
// A sidebar's label, often above the article: a line, not the end of the article.
add('share/navigation link', 'must read');
// A broadcaster's picture label left without its caption ("Image caption, …" with the caption on the next line).
add('photo or source credit', 'image caption,|image caption|media caption,|media caption');
add('byline or author bio', 'by');
add('related-story link', 'read more trending news');
add('story status note', 'details later|details later\u2026|more details soon|more soon|more soon\u2026|more soon...');
// A reaction widget's question under the story.
add('share/navigation link', 'how does this make you feel?|how do you feel about this story?|what do you think?|how informative is this news?');
// An aggregator's panels under its machine summary of a story.
add('share/navigation link', 'people in this article|companies in this article|commercial interest notes');
add('story status note', 'ai summarized text|ai-summarized text|ai summary|ai-generated summary|summarized by ai');
// An aggregator's share bar over the story; a link out to the full story; a forum post's label; a notifications button.
add('share/navigation link', 'share and follow|share & follow|read more here|read the full story here|read the full article here|thread author|thread starter|get updates');
add('share/navigation link', 'email this link|share permalink|see also|read all comments|[ read all comments ]|you are at|share via|zurück zur übersicht');
// A sign-up form's consent line, left without its checkbox.
add('newsletter or sign-up prompt', 'by submitting i agree|by submitting, i agree|by submitting you agree|by submitting, you agree');
// A comment platform's credit under the story's comments.
add('share/navigation link', 'comments powered by disqus|comments by disqus|powered by disqus|blog comments powered by disqus');
// A byline's label left without its name.
add('byline or author bio', 'posted by|written by');
// A link to the story in another language, alone on its line.
add('share/navigation link', 'en espa\u00F1ol|leer en espa\u00F1ol|versi\u00F3n en espa\u00F1ol|read in english|read in spanish|read this in spanish|read it in spanish|lire en fran\u00E7ais|ler em portugu\u00EAs');
add('newsletter or sign-up prompt', 'create a free account');
// An ad slot's "Hide Ad" button, flattened onto its label's line on some publishers' pages.
add('advertisement label', 'hide ad|hide adadvertisement|advertisementhide ad|hide ad advertisement|advertisement hide ad');
add('advertisement label', 'skip ad|scroll to continue|advertisement \u00B7 scroll to continue|article continues below this ad|story continues below this ad|video ad feedback|content continues below');
add('newsletter or sign-up prompt', 'sign up here');
// A magazine's links to its print edition, and a button's icon named for screen readers.
add('share/navigation link', 'explore the edition|discover stories from this section and more in the list of contents|down arrow button icon|up arrow button icon');
add('newsletter or sign-up prompt', 'upgrade to paid|gift a subscription|type your email...|type your email\u2026|ready for more?|subscribe for free|start writing|get the app');
// An app store's badge under a site's logo.
add('newsletter or sign-up prompt', 'download on the app store|get it on google play|available on the app store|download the app');
// A photo's sale and licence links, under a newspaper's pictures.
add('photo or source credit', 'license photo|licence photo|buy photo|buy this photo|purchase photo|order reprint|buy a print');
// A wire story's end mark, as Korean and other agencies print it under the text.
add('end mark of a wire story', '(end)|(ends)|(end of story)|-30-');
add('tags or topic list', 'keywords|tags|topics|key topics');
// A template's empty field printed as its script's value: a line reading "null" over the story.
add('page script code', 'null|undefined|[object object]');
// A blog's comment form, in the languages its software ships in most: the form's heading, buttons and notes.
add(
  'comment form',
  'leave a reply cancel reply|post comment|submit comment|notify me of follow-up comments by email|notify me of new posts by email|' +
    'save my name, email, and website in this browser for the next time i comment|required fields are marked *|' +
    'deixe uma resposta|deixe um comentário|cancelar resposta|deixe uma resposta cancelar resposta|publicar comentário|' +
    'deja una respuesta|deja un comentario|cancelar la respuesta|deja una respuesta cancelar la respuesta|publicar el comentario|' +
    'laisser un commentaire|laisser une réponse|annuler la réponse|laisser un commentaire annuler la réponse|laisser une réponse annuler la réponse|' +
    'schreibe einen kommentar|antworten abbrechen|schreibe einen kommentar antworten abbrechen|kommentar abschicken|' +
    'lascia un commento|annulla risposta|lascia un commento annulla risposta|pubblica il commento|' +
    'tinggalkan balasan|batalkan balasan|tinggalkan balasan batalkan balasan|tinggalkan komentar|kirim komentar|' +
    'geef een reactie|reactie annuleren|geef een reactie reactie annuleren|reactie plaatsen|' +
    // A post's empty comment count, as its software words it.
    'nessun commento|aucun commentaire|sin comentarios|keine kommentare|sem comentários|geen reacties|' +
    // The wpDiscuz comment box of WordPress news sites.
    'article rating|notify of|inline feedbacks|view all comments|most voted|newest oldest most voted|' +
    // The comment form of WordPress's Newspaper theme, under its "LEAVE A REPLY".
    'please enter your comment|please enter your name here|you have entered an incorrect email address|please enter your email address here',
);
// "Skip to content" in the same languages.
add('share/navigation link', 'pular para o conteúdo|ir para o conteúdo|saltar al contenido|ir al contenido|aller au contenu|passer au contenu|zum inhalt springen|vai al contenuto|salta al contenuto|langsung ke konten|lewati ke konten|naar de inhoud springen');
// The same page furniture in French, German, Spanish, Italian, Portuguese and Dutch: share and
// print buttons, search, log-in, home, comment links.
add(
  'share/navigation link',
  'partager|teilen|compartir|condividi|compartilhar|partilhar|delen|imprimer|drucken|imprimir|stampa|afdrukken|' +
    'rechercher|suchen|buscar|cerca|pesquisar|zoeken|se connecter|connexion|anmelden|einloggen|iniciar sesión|acceder|accedi|inloggen|' +
    'aller au contenu principal|accueil|startseite|inicio|início|página inicial|kommentare|commentaires|comentarios|commenti|comentários|reacties',
);
add('newsletter or sign-up prompt', "s'abonner|s'inscrire|abonnieren|jetzt abonnieren|suscríbete|suscribirse|iscriviti|abbonati|assine|assinar|inscreva-se|abonneren|inschrijven");
add(
  'cookie notice',
  "datenschutz|datenschutzerklärung|impressum|nutzungsbedingungen|mentions légales|politique de confidentialité|conditions générales d'utilisation|" +
    'aviso legal|política de privacidad|política de privacidade|informativa sulla privacy|privacyverklaring',
);
add(
  'heading of a related-stories block',
  'lire aussi|à lire aussi|a lire aussi|sur le même sujet|les plus lus|mehr zum thema|lesen sie auch|auch interessant|das könnte sie auch interessieren|meistgelesen|' +
    'lea también|le puede interesar|te puede interesar|noticias relacionadas|lo más leído|leggi anche|potrebbe interessarti|i più letti|' +
    'leia também|leia mais|veja também|notícias relacionadas|mais lidas|lees ook|meest gelezen|материалы по теме|читайте также|по теме',
);
add('newsletter or sign-up prompt', 'newsletter|newsletters|subscribe|subscribe now|sign up|sign up now|subscribe to our newsletter|subscribe to our mailing list to get the new updates|get our newsletter|get more with mynews|a personalised news feed of stories that matter to you|unlock this article|already a subscriber|' +
    'already a subscriber? log in|already a subscriber? sign in|already a subscriber?|already a member|already a member?|already a member? log in|already a member? sign in|already a member? log in here|already a subscriber? log in here|add your voice|already have an account?|already have an account? log in|already have an account? sign in|subscribe to continue reading|subscribe to read more|create a free account to continue reading|' +
    'you have reached your limit of free articles|you\'ve reached your limit of free articles');
add('cookie notice', 'this website uses cookies|we use cookies|accept|accept all|accept cookies|reject all|cookie settings|cookie policy|manage cookies|privacy policy|read our privacy policy|read our privacy notice|terms of use|terms of service|terms and conditions|your ad choices|ad choices|necessary always enabled|always enabled|non-necessary');
add(
  'heading of a related-stories block',
  'you may also like|you might also like|recent posts|popular posts|hot posts|related|related articles|related stories|related news|related posts|related content|' +
    'more from|more stories|more news|more on this|more on this story|more on this topic|more in this section|trending|trending now|most read|most popular|most viewed|latest news|latest|' +
    'top stories|recommended|recommended for you|editor\'s picks|editors\' picks|read next|what to read next|also read|read also|don\'t miss|' +
    'more like this|around the web|from the web|in case you missed it|stories you may like|you may be interested in|you may also be interested in|you might also be interested in|you might be interested in|keep reading|' +
    'more stories like this|want more stories like this?|want more stories like this|related topics|explore more on these topics|hot videos|search trends|' +
    'most liked|most shared|most commented|most emailed|most watched|other news|other stories|popular stories|popular now|most popular stories|' +
    'similar posts|similar stories|similar articles|more articles|related reading|further reading'
);

/** Headings after which the rest of the page is usually not the article. */
const END_MARKERS = new Set(
  Object.entries(PHRASES)
    .filter(([, r]) => r === 'heading of a related-stories block')
    .map(([p]) => p),
);

/** Words a related-stories heading may end in: "Most Popular Videos", "Recommended Stories". */
const HEADING_NOUN = /^(.+) (?:articles?|stories|videos?|news|posts|reads|headlines|links|content|coverage)$/;

/**
 * "More from Sportsnet", "More in World", "Latest from WIRED", "Read More News on Business News
 * Malaysia": a section's or site's other stories, by name.
 */
const MORE_FROM = /^(?:more (?:from|in|on)|more (?:stories|news|articles) from|read more (?:stories|news|articles) (?:from|on|in|at)|latest from) \S+(?: \S+){0,4}$/;

/**
 * A heading over other stories ("Related", "Most Popular Articles", "More from Sport"): the rest of
 * the page is usually not the article. `trimmed` is the line as written: "More from the interview:"
 * introduces the article's own quotes.
 */
export function endMarkerHeading(norm: string, trimmed = norm): boolean {
  if (END_MARKERS.has(norm)) return true;
  const m = HEADING_NOUN.exec(norm);
  if (m !== null && END_MARKERS.has(m[1])) return true;
  return MORE_FROM.test(norm) && !trimmed.endsWith(':');
}

const LEADING = new Set([...' \t\u00A0\u2022\u00B7\u25AA\u25CF\u2013\u2014\u2015*>|:-\u00AB\u2039<\u00BB\u203A\u2190']);
// Dashes after a word too: "― Advertisement ―" (a news theme's label round its ad slots).
const TRAILING = new Set([...' \t\u00A0.!:>|\u00BB\u203A\u2192\u2190-\u2013\u2014\u2015']);

/** Lowercase, strip bullets, edge punctuation and extra spaces: "  • YouTube " -> "youtube". Linear time. */
export function normalisePhrase(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && LEADING.has(s[a])) a++;
  while (b > a && TRAILING.has(s[b - 1])) b--;
  return s.slice(a, b).toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
}
