/** The id of the "How does it work?" button: focus returns to it when the path closes. */
export const LEARN_BUTTON_ID = 'learn-open';
