/**
 * The recognition gate's classifier, loaded on first use. Importing tfjs and loading CenterNet
 * takes ≈ 0.4 s and its first classification ≈ 0.5 s more (measured on the 2-core dev box), and a
 * relay may run for hours before anyone mines: it should not start slower for a model it may not
 * need yet. A load that fails is tried again on the next image.
 */
import { RECOGNITION_MODEL, VERIFY_BACKEND, type ImageClassifier, type Prediction } from '../node/chain/recognition.ts';

export interface LazyClassifier extends ImageClassifier {
  readonly loaded: boolean;
  /** Frees the model if it was loaded. */
  dispose(): void;
}

export function lazyClassifier(id: string, load: () => Promise<ImageClassifier & { dispose?(): void }>): LazyClassifier {
  let loading: Promise<ImageClassifier & { dispose?(): void }> | undefined;
  let model: (ImageClassifier & { dispose?(): void }) | undefined;
  return {
    id,
    get loaded() {
      return model !== undefined;
    },
    async classify(image: Uint8Array): Promise<Prediction[]> {
      if (!loading) {
        const attempt = load();
        loading = attempt;
        attempt.then(
          (m) => {
            if (loading === attempt) model = m;
            else m.dispose?.(); // disposed while it loaded
          },
          () => {
            if (loading === attempt) loading = undefined;
          },
        );
      }
      return (await loading).classify(image);
    },
    dispose() {
      model?.dispose?.();
      model = undefined;
      loading = undefined;
    },
  };
}

/** The verifier's classifier on Node (image-classifier.ts), imported and loaded on the first block to check. */
export function lazyNodeClassifier(): LazyClassifier {
  return lazyClassifier(`${RECOGNITION_MODEL}@${VERIFY_BACKEND}`, async () => (await import('./image-classifier.ts')).createNodeImageClassifier());
}
