// The one place the package's media type is defined: the packer writes it into `mimetype`, the verifier and
// `inspect` require it there (docs/package-format.md §2.1).
export const PACKAGE_MEDIA_TYPE = 'application/vnd.mulu.catalog-package+zip';

/** Entry names the package layer fixes. Listed files are covered by the manifest; these two are not. */
export const CATALOG_ENTRY = 'catalog.json';
export const REPORT_ENTRY = 'validation-report.json';
export const SIGNER_ENTRY = 'META-INF/signer.pem';
export const MANIFEST_ENTRY = 'META-INF/manifest.json';
export const SIGNATURE_ENTRY = 'META-INF/manifest.sig';
