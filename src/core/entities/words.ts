// Word lists the entity rules share: institution and law heads, name particles, and words that begin sentences.

import { WEEKDAY_NAMES } from './calendar';

/** Last words of an organisation's name: `Foreign Ministry`, `Presidential Commission`, `State Duma`. */
export const ORG_HEADS = new Set([
  'Ministry', 'Ministries', 'Council', 'Commission', 'Committee', 'Organization', 'Organisation', 'Agency', 'Union',
  'Party', 'Bank', 'Fund', 'Court', 'Parliament', 'Assembly', 'Office', 'Department', 'Institute', 'Forum',
  'Association', 'League', 'Federation', 'Movement', 'Front', 'Army', 'Navy', 'Corporation', 'Company', 'Service',
  'Centre', 'Center', 'University', 'Authority', 'Board', 'Chamber', 'Senate', 'Duma', 'Congress', 'Cabinet',
  'Government', 'Embassy', 'Consulate', 'Secretariat', 'Coalition', 'Alliance', 'Brigade', 'Brigades', 'Guard',
  'Guards', 'Police', 'Foundation', 'Bureau', 'Directorate', 'Tribunal', 'Mission', 'Group', 'Inc', 'Ltd', 'Corp',
  'Forces', 'Force', 'Command', 'Academy', 'Society', 'Conference', 'Rada', 'Majlis', 'Knesset', 'Bundestag', 'Sejm', 'MFA',
  // Airlines, broadcasters, news sites and fleets (`Etihad Airways`, `CPN Radio`, `Erem News`, `Black Sea Fleet`).
  'Airlines', 'Airways', 'Radio', 'Television', 'Fleet', 'News',
  // Newspapers (`Sin Chew Daily`, `Khaleej Times`, `Buenos Aires Herald`).
  'Daily', 'Times', 'Herald', 'Tribune', 'Gazette', 'Journal', 'Telegraph', 'Chronicle', 'Bulletin', 'Inquirer', 'Post', 'Courier', 'Gleaner', 'Monitor',
]);

/** A single head word that names an institution when a nationality or state stands before it (`Russian Parliament`). */
export const STANDALONE_ORG_HEADS = new Set([
  'Parliament', 'Congress', 'Senate', 'Duma', 'Government', 'Cabinet', 'Embassy', 'Consulate', 'Army', 'Navy', 'MFA',
  'Foreign Ministry', 'Ministry', 'Rada', 'Majlis', 'Knesset',
]);

/** The words after a river's, sea's or lake's own name (`the Aras River`, `the Caspian Sea`). */
export const WATER_HEADS: ReadonlySet<string> = new Set(['River', 'Sea', 'Lake']);

/** Last words of a place's name (`Belfast City`, `Sindh Province`, `Kherson Region`): a name, but not a person's. */
export const PLACE_HEADS = new Set([
  'City', 'Province', 'Region', 'County', 'District', 'Island', 'Islands', 'Republic', 'Territory', 'Territories',
  'Governorate', 'Oblast', 'Prefecture', 'Kingdom', 'Emirate', 'Municipality', 'Valley', 'Strip',
]);

/** The head words of meetings, wars, rounds of talks and votes (`Six-Party Talks`, `Shangri-La Dialogue`, `Foreign Minister Consultations`, `Liberation War`, `Arusha Process`, `US Presidential Election`). */
export const EVENT_HEADS = ['Talks', 'Meeting', 'Summit', 'Retreat', 'Dialogue', 'Ministerial', 'Consultations', 'War', 'Process', 'Election', 'Elections'];

/** Last words of a law's name: `START Treaty`, `Trade Act`, `Jackson-Vanik amendment`. */
export const LAW_HEADS = new Set([
  'Treaty', 'Treaties', 'Act', 'Acts', 'Amendment', 'Convention', 'Conventions', 'Accord', 'Accords', 'Agreement',
  'Agreements', 'Protocol', 'Charter', 'Pact', 'Memorandum', 'Statute', 'Doctrine', 'Law', 'Bill', 'Declaration',
]);

/** Particles inside personal names: `Bashar al-Assad`, `Ursula von der Leyen`, `Mohammed bin Salman`. */
export const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'dos', 'del', 'ben', 'abu']);

/** Capitalised words that begin sentences and are never the start of a name. */
export const NOT_NAME_START = new Set([
  'The', 'THE', 'A', 'An', 'In', 'On', 'At', 'While', 'As', 'For', 'With', 'By', 'From', 'This', 'That', 'These', 'Those',
  'But', 'And', 'Or', 'If', 'When', 'After', 'Before', 'Since', 'Speaking', 'According', 'He', 'She', 'It', 'They',
  'We', 'I', 'You', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your', 'There', 'Here', 'Then', 'Now', 'However',
  'Meanwhile', 'Also', 'Yet', 'So', 'Still', 'Although', 'Though', 'Despite', 'During', 'Under', 'Over', 'Against',
  'Among', 'Between', 'Both', 'Each', 'Every', 'All', 'Some', 'Many', 'Most', 'Other', 'Another', 'Such', 'What',
  'Which', 'Who', 'Whom', 'Whose', 'Why', 'How', 'Where', 'Mr', 'Mrs', 'Ms', 'Dr', 'Alas', 'Clearly', 'Nevertheless',
  'Otherwise', 'First', 'Second', 'Third', 'Finally', 'Last', 'Next', 'One', 'Two', 'Not', 'No', 'Yes', 'Do', 'Does',
  'Did', 'Is', 'Are', 'Was', 'Were', 'Will', 'Would', 'Can', 'Could', 'Should', 'May', 'Might', 'Must', 'Let',
  'Question', 'Answer', 'Download', 'Share', 'Print', 'Read', 'Photo', 'Video', 'Audio', 'Agreement', 'Later',
  'Earlier', 'Today', 'Yesterday', 'Tomorrow', 'Separately', 'Instead', 'Indeed', 'Moreover', 'Furthermore', 'Thus',
  'Hence', 'Speaking', 'Asked', 'Answering', 'Commenting', 'Responding', 'Addressing', 'Following', 'Ahead',
  // The verbs of a headline in title case (`Foreign Minister Welcomes Potential Ukraine Ceasefire`): they end a
  // name that a title starts.
  'Says', 'Welcomes', 'Meets', 'Calls', 'Urges', 'Warns', 'Visits', 'Holds', 'Hosts', 'Discusses', 'Condemns',
  'Receives', 'Arrives', 'Attends', 'Signs', 'Expresses', 'Stresses', 'Congratulates', 'Rejects', 'Praises',
  'Announces', 'Launches', 'Briefs', 'Reiterates', 'Reaffirms', 'Highlights', 'Underlines', 'Emphasizes',
  'Emphasises', 'Pledges', 'Vows', 'Denies', 'Accuses', 'Slams', 'Criticizes', 'Criticises', 'Concludes',
  'Insists', 'Thanks', 'Telephones', 'Invites', 'Outlines', 'Unveils', 'Discuss', 'Agree', 'Agrees', 'Sign',
  'Warn', 'Threatens', 'Threaten', 'Adopts', 'Adopt', 'Approves', 'Approve', 'Fails', 'Fail', 'Extends', 'Extend',
  'Renews', 'Renew', 'Demands', 'Demand', 'Voice', 'Voices', 'Stress', 'Urge', 'Call', 'Hears', 'Hear', 'Tells',
  'Tell', 'Restores', 'Restore', 'Hold', 'Meet', 'Host', 'Attend', 'Begin', 'Begins', 'Open', 'Opens', 'Resume',
  'Resumes', 'Ends', 'Join', 'Joins', 'Skip', 'Skips', 'Seek', 'Seeks', 'Prepare', 'Prepares', 'Convene', 'Convenes',
  'Postpone', 'Postpones', 'Wraps', 'Closes', 'Elects', 'Backs', 'Debates', 'Reviews', 'Considers',
  // Their participles, as UN meetings coverage heads its summaries (`Senior Official, Briefing Security Council,
  // Stresses Need…`, `Says Representative, Underlining Importance That…`).
  'Briefing', 'Underlining', 'Stressing', 'Urging', 'Noting', 'Welcoming', 'Warning', 'Highlighting', 'Emphasizing',
  'Emphasising', 'Expressing', 'Addressing', 'Describing', 'Saying', 'Adding', 'Condemning', 'Reaffirming',
  'Recalling', 'Citing', 'Demanding', 'Reiterating', 'Calling',
  // What a person does in a title-case line of some outlets (`Prime Minister Peter O’Neill Chairing a Special
  // Meeting Of …`, `Minister Jane Doe Announced …`). Not `Meeting` or `Opening`, which open the names of events.
  'Chairing', 'Chairs', 'Attending', 'Hosting', 'Visiting', 'Signing', 'Receiving', 'Leading', 'Leads', 'Delivering',
  'Delivers', 'Addresses', 'Announced', 'Visited', 'Signed', 'Urged', 'Warned', 'Welcomed', 'Stressed', 'Told',
  'Added', 'Stated', 'Declared', 'Noted',
  // Letters after a name (`the Hon. James Marape MP`).
  'MP', 'MPs', 'MEP',
  // Days, which copy sets right after a name (`Foreign Minister Hasan Mahmud Tuesday said`).
  ...WEEKDAY_NAMES,
]);

/** Acronyms that are not organisations. */
export const NOT_ORG_ACRONYMS = new Set([
  'I', 'II', 'III', 'IV', 'V', 'VI', 'A', 'OK', 'TV', 'GDP', 'GNP', 'CEO', 'AIDS', 'HIV', 'ID', 'UAV', 'UAVs', 'ICBM',
  'ICBMs', 'WMD', 'LNG', 'GMT', 'UTC', 'AM', 'PM', 'MP', 'MPs', 'PR', 'IT', 'AI', 'DNA', 'COVID', 'SARS', 'BC', 'AD',
  'USD', 'EUR', 'RUB', 'CET', 'EST', 'EDT', 'MSK', 'FAQ', 'PDF', 'URL', 'VAT', 'MW', 'GW', 'KM', 'SUV', 'VIP', 'NB',
  'PS', 'RSS', 'Q', 'MR', 'MS', 'MRS', 'DR', 'SALT', 'START', 'ABM', 'INF', 'NPT', 'CTBT', 'JCPOA', 'CFE',
  // Time zones, as a wire's time stamp gives them (`02:12 IST`).
  'IST', 'BST', 'CEST', 'EET', 'EEST', 'WET', 'WEST', 'PST', 'PDT', 'CST', 'CDT', 'MST', 'MDT', 'JST', 'KST', 'AEST',
  'AEDT', 'HKT', 'SGT', 'PKT', 'GST', 'AST',
  // Titles written as acronyms (`The EAM reaffirmed…`: India's External Affairs Minister).
  'EAM', 'NSA',
  // Words an agency's lead sets in capitals (`THE foreign ministers of…`), never acronyms of an unknown body.
  'THE', 'AND', 'FOR', 'BUT', 'NOT', 'ALL', 'ITS', 'HIS', 'HER', 'OUR', 'THIS', 'THAT', 'THESE', 'WITH', 'FROM',
  'WILL', 'WAS', 'ARE', 'HAS', 'HAVE', 'THEY', 'WHEN', 'AFTER', 'AMID', 'AS', 'IN', 'ON', 'AT', 'BY', 'OF', 'TO',
  'ONLY', 'SOME', 'MANY', 'MOST', 'FEW', 'SEVERAL', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE',
  'TEN', 'WHILE', 'SINCE', 'DURING', 'BEFORE', 'DESPITE', 'IF', 'WHAT', 'WE', 'HE', 'SHE', 'AN',
  // A page's labels in capitals (`READ: Manalo meets Nuland`, `WATCH:`, `ALSO READ`).
  'READ', 'ALSO', 'WATCH', 'LISTEN', 'PHOTO', 'PHOTOS', 'VIDEO', 'MORE', 'UPDATE', 'BREAKING', 'LIVE', 'SEE',
  'RELATED', 'OPINION', 'TAGS',
  // A wire's slugs and notes to editors (`(LEAD) S. Korea…`, `(URGENT)`, `(ATTN: UPDATES with…)`, `REFILE-`).
  'LEAD', 'LD', 'URGENT', 'ATTN', 'UPDATES', 'REFILE', 'CORRECTED', 'CORRECTS', 'WRAPUP', 'EXCLUSIVE', 'ANALYSIS',
  'FACTBOX', 'EXPLAINER', 'INTERVIEW', 'EDITORIAL', 'COMMENTARY', 'ADDS', 'RECASTS', 'EDS', 'NOTE',
  // The line that closes a press release (`ENDS`, `END`).
  'END', 'ENDS',
]);

/** Each word as written and capitalised (`envoy`, `Envoy`): role words in running text and in a UN text's style. */
export function withCapitals(words: readonly string[]): Set<string> {
  return new Set([...words, ...words.map((w) => w[0].toUpperCase() + w.slice(1))]);
}

/**
 * People in the plural whom a text does not name, as the capitalised subject of a cue (`Protesters called him a
 * "fascist"`): someone unnamed speaks, and no name is made of the word (see quotes/cue-attribution.ts,
 * quotes/resolve.ts, lone-speakers.ts).
 */
export const UNNAMED_PEOPLE_WORDS: readonly string[] = [
  'Protesters', 'Demonstrators', 'Activists', 'Campaigners', 'Opponents', 'Supporters', 'Villagers', 'Students', 'Workers',
  'Farmers', 'Journalists', 'Reporters', 'Locals', 'Citizens', 'Crowd', 'Crowds', 'Rebels', 'Militants', 'Troops', 'Soldiers',
  'Police', 'Critics', 'Analysts', 'Observers', 'Experts', 'Residents', 'Witnesses',
];

/**
 * Groups and sources a text leaves unnamed, capitalised as a subject (`Officials said`, `Ministers agreed`, `A
 * source said`): no one's name. Mostly plurals, with the singulars copy uses alike.
 */
export const GROUP_WORDS: readonly string[] = [
  'Officials', 'Official', 'Sources', 'Source', 'Diplomats', 'Reports', 'Report', 'Media', 'Others', 'Members', 'Delegates', 'Delegations',
  'Speakers', 'Participants', 'Ministers', 'Leaders', 'Lawmakers', 'Negotiators', 'Representatives', 'Parties', 'Countries',
  'People', 'Authorities', 'Officers',
];
