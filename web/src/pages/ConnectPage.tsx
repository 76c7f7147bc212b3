import { usePageTitle } from '../page-title.ts';

export function ConnectPage() {
  usePageTitle('Connect two actors');
  return <h1>Connect two actors</h1>;
}
