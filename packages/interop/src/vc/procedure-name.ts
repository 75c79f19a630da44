// The procedure names live with the other display names in the knowledge base.
export { procedureName } from '@modality/knowledge';
