// Still to be built: says what it will do.
import { SectionPlaceholder } from '../app/SectionPlaceholder.tsx';

export function PackageSection() {
  return <SectionPlaceholder section="package" />;
}
