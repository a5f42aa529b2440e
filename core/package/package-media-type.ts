// The one place the package's media type is defined: the packer writes it into `mimetype`, the verifier and
// `inspect` require it there (docs/package-format.md §2.1).
export const PACKAGE_MEDIA_TYPE = 'application/vnd.mulu.catalog-package+zip';

/** Entry names the package layer fixes. Listed files are covered by the manifest; these two are not. */
export const CATALOG_ENTRY = 'catalog.json';
export const REPORT_ENTRY = 'validation-report.json';
/** Incremental packages only: the change list (change-list.ts). */
export const CHANGES_ENTRY = 'changes.json';
/** Optional: the catalog as the official Excel workbook, for people; the catalog.json is what counts. */
export const WORKBOOK_ENTRY = 'catalog.xlsx';
export const SIGNER_ENTRY = 'META-INF/signer.pem';
export const MANIFEST_ENTRY = 'META-INF/manifest.json';
export const SIGNATURE_ENTRY = 'META-INF/manifest.sig';
