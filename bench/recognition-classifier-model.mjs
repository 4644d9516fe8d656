// A multinomial logistic regression over sparse string features, trained by AdaGrad with an L2
// penalty: the learned classifier measured (and not kept) as a recognition signal for issue 16 by
// bench/recognition-classifier.mjs. Deterministic: the examples are shuffled by a fixed hash, so a
// run gives the same model every time.

/**
 * @param {Array<{ features: string[], label: string, weight?: number }>} examples
 * @param {{ epochs?: number, l2?: number, rate?: number }} [options]
 * @returns {{ classes: string[], predict(features: string[]): { label: string, p: number, probabilities: Map<string, number> } }}
 */
export function trainClassifier(examples, { epochs = 15, l2 = 1e-4, rate = 0.5 } = {}) {
  const classes = [...new Set(examples.map((e) => e.label))].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const K = classes.length;
  const weights = new Map(); // feature → one weight per class
  const squaredGradients = new Map();
  const rows = examples.map((e) => ({ features: [...new Set([...e.features, BIAS])], y: classIndex.get(e.label), weight: e.weight ?? 1 }));
  const softmax = (features) => {
    const z = new Float64Array(K);
    for (const f of features) {
      const w = weights.get(f);
      if (w) for (let k = 0; k < K; k++) z[k] += w[k];
    }
    let max = -Infinity;
    for (let k = 0; k < K; k++) max = Math.max(max, z[k]);
    let sum = 0;
    for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k] - max);
    for (let k = 0; k < K; k++) z[k] /= sum;
    return z;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = rows.length - 1; i > 0; i--) {
      const j = (Math.imul(i + epoch, 2654435761) >>> 0) % (i + 1);
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
    for (const row of rows) {
      const p = softmax(row.features);
      for (const f of row.features) {
        let w = weights.get(f);
        let g = squaredGradients.get(f);
        if (!w) {
          weights.set(f, (w = new Float64Array(K)));
          squaredGradients.set(f, (g = new Float64Array(K).fill(1e-8)));
        }
        for (let k = 0; k < K; k++) {
          const gradient = row.weight * (p[k] - (k === row.y ? 1 : 0)) + l2 * w[k];
          g[k] += gradient * gradient;
          w[k] -= (rate * gradient) / Math.sqrt(g[k]);
        }
      }
    }
  }
  return {
    classes,
    predict(features) {
      const p = softmax([...features, BIAS]);
      let best = 0;
      for (let k = 1; k < K; k++) if (p[k] > p[best]) best = k;
      return { label: classes[best], p: p[best], probabilities: new Map(classes.map((c, k) => [c, p[k]])) };
    },
  };
}

const BIAS = "\u0000bias";
