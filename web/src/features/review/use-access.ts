import { useQuery } from '@apollo/client/react';
import { currentAccessQuery } from './review.queries';

/**
 * True when this browser's token may correct fields and settle review items (hr or admin). Until
 * the answer is in, and when it fails, the controls stay hidden: the server refuses a viewer anyway.
 */
export function useCanCorrect(): boolean {
  const { data } = useQuery(currentAccessQuery);
  const role = data?.currentAccess.role;
  return role === 'HR' || role === 'ADMIN';
}
