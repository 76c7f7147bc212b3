// An averaged perceptron over string features (Collins 2002; the form of Honnibal's "A good
// part-of-speech tagger in about 200 lines"): a weight per feature and label, updated on each
// mistake, and averaged over every step of training so that the last examples do not dominate.
// Small and dependency-free: trained in seconds on PolNeAR's 840 train articles, it needs no model
// download, only the corpus the user points at.

export interface PerceptronModel {
  readonly labels: readonly string[];
  /** Feature → one weight per label (averaged). */
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

export class Perceptron {
  readonly labels: readonly string[];
  private readonly weights = new Map<string, Float64Array>();
  /** For averaging: the running sum of each weight over steps, and the step it last changed. */
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private step = 0;

  constructor(labels: readonly string[], model?: PerceptronModel) {
    this.labels = labels;
    if (model) {
      for (const [feature, weights] of Object.entries(model.weights))
        this.weights.set(feature, Float64Array.from(weights));
    }
  }

  /** The index of the best-scoring label (ties to the first), each label's score raised by its `offsets`. */
  predict(features: readonly string[], offsets?: readonly number[]): number {
    const scores = offsets ? Float64Array.from(offsets) : new Float64Array(this.labels.length);
    for (const feature of features) {
      const weights = this.weights.get(feature);
      if (weights) for (let label = 0; label < scores.length; label++) scores[label]! += weights[label]!;
    }
    let best = 0;
    for (let label = 1; label < scores.length; label++) if (scores[label]! > scores[best]!) best = label;
    return best;
  }

  /** One training step: on a mistake, the truth's weights go up and the guess's go down. */
  update(features: readonly string[], truth: number, guess: number): void {
    this.step++;
    if (truth === guess) return;
    for (const feature of features) {
      this.change(feature, truth, 1);
      this.change(feature, guess, -1);
    }
  }

  private change(feature: string, label: number, delta: number): void {
    let weights = this.weights.get(feature);
    if (!weights) {
      const size = this.labels.length;
      weights = new Float64Array(size);
      this.weights.set(feature, weights);
      this.totals.set(feature, new Float64Array(size));
      this.stamps.set(feature, new Float64Array(size));
    }
    const totals = this.totals.get(feature)!;
    const stamps = this.stamps.get(feature)!;
    totals[label]! += (this.step - stamps[label]!) * weights[label]!;
    stamps[label] = this.step;
    weights[label]! += delta;
  }

  /** The averaged weights, rounded, with features that weigh nothing for every label left out. */
  averaged(): PerceptronModel {
    const weights: Record<string, number[]> = {};
    for (const [feature, current] of this.weights) {
      const totals = this.totals.get(feature)!;
      const stamps = this.stamps.get(feature)!;
      const average = [...current].map((weight, label) => {
        const total = totals[label]! + (this.step - stamps[label]!) * weight;
        return Math.round((total / Math.max(this.step, 1)) * 1000) / 1000;
      });
      if (average.some((weight) => weight !== 0)) weights[feature] = average;
    }
    return { labels: this.labels, weights };
  }
}
