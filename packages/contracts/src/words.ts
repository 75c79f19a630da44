/**
 * Words a person reads about a source: who publishes a cited page, and how sure a fact is, naming that
 * publisher ("from the Texas Medical Board", "secondary source — check before relying on it"), and the display
 * names of discipline and procedure codes. Shared by the
 * API, the CLI and the web so that every surface says it the same way.
 */
export { ceTopicName, confidenceWords, disciplineName, procedureName, publisherOf } from '@modality/knowledge/codes';

/**
 * How pages, mails and the CLI say a posting's modality and way of working, and how often a saved search's
 * alerts are mailed: the domain's own words, so the browser does not keep a second copy.
 */
export { ALERT_FREQUENCIES, ALERT_FREQUENCY_WORDS, EMPLOYMENT_WORDS, MODALITY_WORDS, type AlertFrequency } from '@modality/domain';
