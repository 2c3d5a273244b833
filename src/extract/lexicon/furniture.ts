/** Word tables for page furniture: labels a copy-paste from a news page carries that are not article text. */

/** Whole lines (lower-cased, trailing colon and spaces dropped) that are share buttons, navigation or widget labels. */
export const FURNITURE_LABELS: readonly string[] = [
  // share and social buttons
  'facebook', 'twitter', 'x', 'whatsapp', 'sms', 'email', 'e-mail', 'mail', 'print', 'save', 'saved', 'share',
  'share this', 'share this article', 'share this story', 'share article', 'share this page', 'share this sting',
  'copy link', 'copy article link', 'copylink', 'link copied', 'copy url', 'linkedin', 'reddit', 'telegram',
  'instagram', 'youtube', 'tiktok', 'pinterest', 'tumblr', 'messenger', 'flipboard', 'threads', 'bluesky',
  'mastodon', 'website', 'post', 'tweet', 'tweet url', 'google', 'print & pdf', 'share2', 'plus2', 'comment',
  'comments', 'leave a comment', 'leave a reply', 'view comments', 'show comments', 'gift article', 'gift this article',
  'click here to share on social media', 'about sharing', 'share page', 'follow us', 'follow', 'get in touch',
  'contact us',
  // page widgets and navigation
  'home', 'news', 'info', 'menu', 'search', 'close', 'skip to content', 'skip to main content', 'back to top',
  'advertisement', 'ad', 'ads', 'sponsored', 'sponsored content', 'story continues below advertisement',
  'article continues below', 'continue reading', 'scroll to continue', 'listen to this article', 'listen',
  'play', 'pause', 'watch', 'watch live', 'live', 'video', 'audio', 'updated', 'key points', 'highlights',
  'end of list', 'published', 'subscribe', 'sign up', 'sign in', 'log in', 'register', 'newsletter', 'image source',
  'image caption', 'media caption', 'video caption', 'getty images', 'loading', 'loading...', 'top stories',
  'trending', 'trending now', 'latest', 'latest news', 'breaking', 'breaking news', 'explore more',
  'all rights reserved', 'accept cookies', 'cookie settings', 'view gallery', 'enlarge this image', 'toggle caption',
  'hide caption', 'caption', 'photo', 'photos', 'gallery', 'opens in new window', 'our live coverage',
]

/** Headings that open a list of links to other stories; the short lines under them are furniture too. */
export const RELATED_LIST_HEADINGS: readonly string[] = [
  'see also', 'read more', 'read also', 'also read', 'related', 'related stories', 'related articles',
  'related content', 'related news', 'related topics', 'recommended', 'recommended stories', 'recommended for you',
  'more on this story', 'more from', 'more stories', 'more news', 'most read', 'most popular', 'most viewed',
  'you may also like', 'you might also like', 'what to read next', 'read next', 'up next', 'further reading',
  'top stories', 'latest stories', 'more in this section', 'in other news', 'editor’s picks', "editor's picks",
  'tags', 'topics', 'more to read',
]

/** Line openings that mark a trailing credit, promotion or sign-off rather than article text. */
export const FURNITURE_PREFIXES: readonly string[] = [
  'follow @', 'follow us on', 'follow us @', 'edited by', 'editing by', 'reporting by', 'additional reporting by',
  'writing by', 'compiled by', 'produced by', 'originally published', 'first published', 'latest headlines from',
  'this article has been adapted from', 'this article was originally published', 'this story was originally published',
  'click here', 'sign up for', 'subscribe to', 'download the', 'share on ', 'share via ', 'share to ', 'image source,',
  'image caption,', 'media caption,', 'video caption,', 'image copyright', 'related topics', 'copyright ©',
  'this article is published in association with', 'published in association with', 'in partnership with',
  'all rights reserved', 'read the full', 'read more:', 'see also:', 'related:', 'also read:',
]

/** Words that mark a caption's photo credit ("Credit: …", "Photo: …"). */
export const CREDIT_LABELS: readonly string[] = ['credit', 'credits', 'photo', 'photograph', 'picture', 'image', 'photo credit', 'photos']

/** Photo and wire agencies that appear in picture credits. */
export const PHOTO_AGENCIES: readonly string[] = [
  'Getty Images', 'Reuters', 'AFP', 'AP', 'AP Photo', 'EPA', 'EPA-EFE', 'Shutterstock', 'Bloomberg', 'Alamy',
  'Anadolu', 'Xinhua', 'Sipa', 'Lightrocket', 'NurPhoto', 'SOPA Images', 'Handout', 'PA', 'PA Media', 'dpa',
]

/** News agencies that sign wire copy in datelines and slug lines ("(IPS)", "… AFP"). */
export const NEWS_AGENCIES: readonly string[] = [
  'IPS', 'AFP', 'AP', 'Reuters', 'dpa', 'DPA', 'Xinhua', 'EFE', 'ANSA', 'Anadolu', 'Anadolu Agency', 'AA', 'PA',
  'UPI', 'Bernama', 'Kyodo', 'Yonhap', 'TASS', 'Interfax', 'IANS', 'PTI', 'WAFA', 'KUNA', 'SPA', 'APA', 'UNB',
  'CNA', 'AAP', 'Bloomberg', 'Ukrinform', 'Agenzia Nova',
]

/** Lower-case words that mark a comma-separated tail of a byline as a role or outlet, not another author. */
export const BYLINE_ROLE_WORDS: readonly string[] = [
  'correspondent', 'editor', 'reporter', 'writer', 'analyst', 'staff', 'contributor', 'columnist', 'news',
  'bureau', 'desk', 'service', 'producer', 'journalist', 'chief', 'senior', 'special', 'political', 'international',
]
