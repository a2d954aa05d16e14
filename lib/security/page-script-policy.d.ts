// Types of page-script-policy.js, which is JavaScript because Node loads it outside the bundler.
export declare const PAGE_POLICY: string;
export declare function inlineScripts(html: string): string[];
export declare function isNextScript(text: string): boolean;
export declare function scriptHashSource(text: string): string;
export declare function pageScriptPolicy(html: string): string;
export declare function nonceScriptPolicy(nonce: string, options?: { development?: boolean }): string;
