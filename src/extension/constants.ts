// Identifiers shared by the features: the language, the views, the settings' section.
export const LANGUAGE_ID = 'diplomatic-text';
export const CONFIG_SECTION = 'diplomaticAnnotator';
export const VIEW_TOPICS = 'diplomaticAnnotator.topics';
export const VIEW_QUOTES = 'diplomaticAnnotator.quotes';
export const VIEW_ENTITIES = 'diplomaticAnnotator.entities';
