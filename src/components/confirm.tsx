import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useRef,
  useState,
  type ReactNode,
} from 'react';

const ConfirmDialog = lazy(() => import('./confirm-dialog').then((m) => ({ default: m.ConfirmDialog })));

export interface ConfirmOptions {
  title: string;
  message: string;
  confirmLabel: string;
  /** The answer that keeps things as they are; `Cancel` when absent. */
  cancelLabel?: string;
  destructive?: boolean;
}

const ConfirmContext = createContext<(o: ConfirmOptions) => Promise<boolean>>(async () => false);

/** `await confirm({...})` resolves true when the person confirms. */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [opts, setOpts] = useState<ConfirmOptions | null>(null);
  const resolver = useRef<(v: boolean) => void>(() => undefined);
  const confirm = useCallback(
    (o: ConfirmOptions) =>
      new Promise<boolean>((resolve) => {
        resolver.current = resolve;
        setOpts(o);
      }),
    [],
  );
  const close = (v: boolean) => {
    resolver.current(v);
    setOpts(null);
  };
  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      {/* Mounted only while asking: it leaves the modal stack at once when answered, so a modal it was
          opened from (e.g. the prototype panel) can close right after without leaving the page aria-hidden. */}
      {opts && (
        <Suspense fallback={null}>
          <ConfirmDialog opts={opts} onAnswer={close} />
        </Suspense>
      )}
    </ConfirmContext.Provider>
  );
}

export function useConfirm() {
  return useContext(ConfirmContext);
}
