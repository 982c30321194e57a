/*
 * An Observable of one async job that is aborted on unsubscribe: the job gets an AbortSignal,
 * its value is emitted once, and a superseded or cancelled query stops the work behind it.
 */
import { Observable } from 'rxjs';

export function fromCancellable<T>(job: (signal: AbortSignal) => Promise<T>): Observable<T> {
  return new Observable<T>((subscriber) => {
    const abort = new AbortController();
    job(abort.signal).then(
      (value) => {
        subscriber.next(value);
        subscriber.complete();
      },
      (error: unknown) => subscriber.error(error)
    );
    return () => abort.abort();
  });
}
