/*
 * An Observable of one async job that is aborted on unsubscribe: the job gets an AbortSignal and
 * an `emit` for interim values (progress), its own value is emitted last, and a superseded or
 * cancelled query stops the work behind it. Interim values after the end are dropped.
 */
import { Observable } from 'rxjs';

export function fromCancellable<T>(job: (signal: AbortSignal, emit: (value: T) => void) => Promise<T>): Observable<T> {
  return new Observable<T>((subscriber) => {
    const abort = new AbortController();
    job(abort.signal, (value) => subscriber.next(value)).then(
      (value) => {
        subscriber.next(value);
        subscriber.complete();
      },
      (error: unknown) => subscriber.error(error)
    );
    return () => abort.abort();
  });
}
