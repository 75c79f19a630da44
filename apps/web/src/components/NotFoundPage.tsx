import { Link } from '@tanstack/react-router';
import { Frame } from './AppLayout';
import { PageHeading } from './page';

export function NotFoundPage() {
  return (
    <Frame>
      <PageHeading title="Page not found" />
      <p className="mt-4">
        There is no page at this address. <Link to="/">Go to the start page</Link>.
      </p>
    </Frame>
  );
}
