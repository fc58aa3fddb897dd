import numpy as np


def johnson(rxx, rxy):
    values, vectors = np.linalg.eigh(rxx)
    keep = values > 1e-12 * values.max()
    roots = np.where(keep, np.sqrt(np.clip(values, 0, None)), 0.0)
    lam = vectors @ np.diag(roots) @ vectors.T
    inverse = vectors[:, keep] @ np.diag(1 / roots[keep]) @ vectors[:, keep].T
    beta = inverse @ rxy
    return (lam**2) @ (beta**2)


def r_squared(x, y):
    design = np.column_stack([np.ones(len(y)), x])
    coef = np.linalg.lstsq(design, y, rcond=None)[0]
    residual = y - design @ coef
    return 1 - residual @ residual / ((y - y.mean()) @ (y - y.mean()))


def case(x, y, name):
    r = np.corrcoef(np.column_stack([x, y]), rowvar=False)
    r = (r + r.T) / 2
    np.fill_diagonal(r, 1.0)
    k = x.shape[1]
    weights = johnson(r[:k, :k], r[:k, k])
    print(f"// {name}: Rxx, rxy, weights, R2 (lstsq)")
    print("[" + ",\n ".join("[" + ", ".join(f"{v:.17g}" for v in row) + "]" for row in r[:k, :k]) + "]")
    print("[" + ", ".join(f"{v:.17g}" for v in r[:k, k]) + "]")
    print("[" + ", ".join(f"{v:.17g}" for v in weights) + "]")
    print(f"{r_squared(x, y):.17g} {weights.sum():.17g}")


rng = np.random.default_rng(2000)
n = 200
common = rng.normal(size=n)
x = np.column_stack([common + rng.normal(size=n) * s for s in (0.8, 1.0, 1.5, 2.5)]) * 12 + 70
y = x @ np.array([0.5, 0.3, 0.15, 0.05]) + rng.normal(size=n) * 8
case(x, y, "four drivers, 200 forms")
x3 = np.column_stack([x[:, 0], x[:, 1], x[:, 0]])
case(x3, y, "first driver duplicated")
