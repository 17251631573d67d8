#!/usr/bin/env python3
"""Refits the page-kind model (Sources/NewsScraperGeneric/PageKindModel.swift).

Needs scikit-learn (pip install scikit-learn) and the feature files the
benchmark writes:

  newsscraper-bench extract --set article-extraction-benchmark --page-kind-features aeb.jsonl
  newsscraper-bench extract --set wcxb-dev --page-kind-features wcxb.jsonl
  scripts/fit-page-kind-model.py aeb.jsonl wcxb.jsonl

Fits on every page of the first file and the even half of the second (ids
whose last digit is even), prints the agreement on both halves, and prints
the weights in raw feature units as Swift `case` lines for PageKindModel.
"""
import json
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

REGULARISATION = 0.1


def load(path):
    rows = [json.loads(line) for line in open(path, encoding='utf-8') if line.strip()]
    return rows


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    always, halves = load(sys.argv[1]), load(sys.argv[2])
    names = sorted(always[0]['features'])

    def matrix(rows):
        return np.array([[row['features'].get(name, 0.0) for name in names] for row in rows])

    def labels(rows):
        return np.array([bool(row['isArticle']) for row in rows])

    even = [row for row in halves if int(row['id'][-1]) % 2 == 0]
    odd = [row for row in halves if int(row['id'][-1]) % 2 == 1]
    train = always + even
    scaler = StandardScaler().fit(matrix(train))
    model = LogisticRegression(C=REGULARISATION, max_iter=5000).fit(scaler.transform(matrix(train)), labels(train))
    for label, rows in (('first file', always), ('even half', even), ('odd half (held out)', odd)):
        predicted = model.predict(scaler.transform(matrix(rows)))
        print(f'{label}: agreement {(predicted == labels(rows)).mean():.4f} (n={len(rows)})')
    weights = model.coef_[0] / scaler.scale_
    intercept = model.intercept_[0] - float(np.sum(model.coef_[0] * scaler.mean_ / scaler.scale_))
    print(f'\n    static let intercept = {intercept:.4f}\n')
    for name, weight in zip(names, weights):
        print(f'        case .{name}: {weight:.4f}')


if __name__ == '__main__':
    main()
