;; The convolutional layer (stride 1, 'valid'), as src/nn/conv/conv-layer.ts computes it.
;; Per example, row-major: input [c][h][h]; weights [k][c][kh][kh]; output and deltas [k][oh][oh],
;; oh = h - kh + 1. Example b's values start at b * stride bytes (inStride for the input side,
;; outStride for the output side); the bytes past the values up to the stride are padding, kept 0.
;; The loops run 4 output columns at a time in f32x4 vectors; a row's last 1 to 3 columns make a
;; partial vector whose extra lanes read the next values (or the 16 bytes of slack after every
;; buffer, see conv-layout.ts) and are never stored.

;; The 4 output values of map m at (y, x .. x + 3), before the bias: sum over ch, i, j of
;; W[m][ch][i][j] * A[ch][y + i][x + j .. x + j + 3]. w: W[m][0][0][0]; a: &A[0][y][x] of the example.
(func $convDot (param $w i32) (param $a i32) (param $c i32) (param $h i32) (param $kh i32) (result v128)
  (local $acc v128) (local $ch i32) (local $i i32) (local $j i32) (local $row i32) (local $rowBytes i32)
  (local.set $rowBytes (i32.shl (local.get $h) (i32.const 2)))
  (loop $channels
    (local.set $row (local.get $a))
    (local.set $i (i32.const 0))
    (loop $rows
      (local.set $j (i32.const 0))
      (loop $cols
        (local.set $acc (madd (v128.load32_splat (local.get $w))
          (v128.load (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 2)))) (local.get $acc)))
        (local.set $w (i32.add (local.get $w) (i32.const 4)))
        (br_if $cols (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 1))) (local.get $kh))))
      (local.set $row (i32.add (local.get $row) (local.get $rowBytes)))
      (br_if $rows (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $kh))))
    ;; The next channel's plane: h * h floats further.
    (local.set $a (i32.add (local.get $a) (i32.mul (local.get $rowBytes) (local.get $h))))
    (br_if $channels (i32.lt_u (local.tee $ch (i32.add (local.get $ch) (i32.const 1))) (local.get $c))))
  (local.get $acc))

;; Stores the first n lanes of v at p (n from 1 to 4): a row's partial last vector.
(func $storeLanes (param $p i32) (param $v v128) (param $n i32)
  (if (i32.ge_u (local.get $n) (i32.const 4)) (then (v128.store (local.get $p) (local.get $v)) (return)))
  (v128.store32_lane 0 (local.get $p) (local.get $v))
  (if (i32.ge_u (local.get $n) (i32.const 2)) (then (v128.store32_lane offset=4 1 (local.get $p) (local.get $v))))
  (if (i32.ge_u (local.get $n) (i32.const 3)) (then (v128.store32_lane offset=8 2 (local.get $p) (local.get $v)))))

;; Lanes 0 .. n - 1 all ones, the others 0 (n from 1 to 4, or more: all ones).
(func $firstLanes (param $n i32) (result v128)
  (call $lanesBelow (i32.const 0) (local.get $n)))

;; Z = f(W * A + bias) for `count` examples; act as $activate (0 sigmoid, 1 tanh, 2 ReLU).
(func $convForward (export "convForward") (param $W i32) (param $bias i32) (param $A i32) (param $Z i32) (param $count i32)
  (param $c i32) (param $h i32) (param $k i32) (param $kh i32) (param $inStride i32) (param $outStride i32) (param $act i32)
  (local $oh i32) (local $b i32) (local $m i32) (local $y i32) (local $x i32) (local $a i32) (local $z i32)
  (local $wm i32) (local $wBytes i32) (local $bv v128)
  (local.set $oh (i32.add (i32.sub (local.get $h) (local.get $kh)) (i32.const 1)))
  (local.set $wBytes (i32.shl (i32.mul (local.get $c) (i32.mul (local.get $kh) (local.get $kh))) (i32.const 2)))
  (loop $examples
    (local.set $z (i32.add (local.get $Z) (i32.mul (local.get $b) (local.get $outStride))))
    (local.set $wm (local.get $W))
    (local.set $m (i32.const 0))
    (loop $maps
      (local.set $bv (v128.load32_splat (i32.add (local.get $bias) (i32.shl (local.get $m) (i32.const 2)))))
      (local.set $y (i32.const 0))
      (loop $rows
        (local.set $a (i32.add (i32.add (local.get $A) (i32.mul (local.get $b) (local.get $inStride)))
          (i32.shl (i32.mul (local.get $y) (local.get $h)) (i32.const 2))))
        (local.set $x (i32.const 0))
        (loop $cols
          (call $storeLanes (local.get $z)
            (call $activate (f32x4.add (call $convDot (local.get $wm) (local.get $a) (local.get $c) (local.get $h) (local.get $kh))
              (local.get $bv)) (local.get $act))
            (i32.sub (local.get $oh) (local.get $x)))
          (local.set $a (i32.add (local.get $a) (i32.const 16)))
          ;; A partial vector advances z by its real lanes only: the next row starts right after.
          (local.set $z (i32.add (local.get $z) (i32.shl (select (i32.const 4) (i32.sub (local.get $oh) (local.get $x))
            (i32.le_u (i32.add (local.get $x) (i32.const 4)) (local.get $oh))) (i32.const 2))))
          (br_if $cols (i32.lt_u (local.tee $x (i32.add (local.get $x) (i32.const 4))) (local.get $oh))))
        (br_if $rows (i32.lt_u (local.tee $y (i32.add (local.get $y) (i32.const 1))) (local.get $oh))))
      (local.set $wm (i32.add (local.get $wm) (local.get $wBytes)))
      (br_if $maps (i32.lt_u (local.tee $m (i32.add (local.get $m) (i32.const 1))) (local.get $k))))
    (br_if $examples (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count)))))

;; Dprev = dC/dA from D = dC/dZ (before f'(A), which $derivativeRows applies): each delta goes back
;; through the weights that made it. The extra lanes of a partial vector are zeroed, so they add 0.
(func $convBackward (export "convBackward") (param $W i32) (param $D i32) (param $Dprev i32) (param $count i32)
  (param $c i32) (param $h i32) (param $k i32) (param $kh i32) (param $inStride i32) (param $outStride i32)
  (local $oh i32) (local $b i32) (local $m i32) (local $ch i32) (local $i i32) (local $j i32) (local $y i32) (local $x i32)
  (local $w i32) (local $d i32) (local $p i32) (local $plane i32) (local $wv v128) (local $dv v128)
  (local.set $oh (i32.add (i32.sub (local.get $h) (local.get $kh)) (i32.const 1)))
  (call $zero (local.get $Dprev) (i32.mul (local.get $count) (local.get $inStride)))
  (loop $examples
    (local.set $w (local.get $W))
    (local.set $m (i32.const 0))
    (loop $maps
      (local.set $ch (i32.const 0))
      (loop $channels
        ;; &Dprev[b][ch][0][0]
        (local.set $plane (i32.add (i32.add (local.get $Dprev) (i32.mul (local.get $b) (local.get $inStride)))
          (i32.shl (i32.mul (local.get $ch) (i32.mul (local.get $h) (local.get $h))) (i32.const 2))))
        (local.set $i (i32.const 0))
        (loop $kernelRows
          (local.set $j (i32.const 0))
          (loop $kernelCols
            (local.set $wv (v128.load32_splat (local.get $w)))
            ;; &D[b][m][0][0]
            (local.set $d (i32.add (i32.add (local.get $D) (i32.mul (local.get $b) (local.get $outStride)))
              (i32.shl (i32.mul (local.get $m) (i32.mul (local.get $oh) (local.get $oh))) (i32.const 2))))
            (local.set $y (i32.const 0))
            (loop $rows
              (local.set $p (i32.add (local.get $plane)
                (i32.shl (i32.add (i32.mul (i32.add (local.get $y) (local.get $i)) (local.get $h)) (local.get $j)) (i32.const 2))))
              (local.set $x (i32.const 0))
              (loop $cols
                (local.set $dv (v128.and (v128.load (local.get $d)) (call $firstLanes (i32.sub (local.get $oh) (local.get $x)))))
                (v128.store (local.get $p) (madd (local.get $wv) (local.get $dv) (v128.load (local.get $p))))
                (local.set $p (i32.add (local.get $p) (i32.const 16)))
                (local.set $d (i32.add (local.get $d) (i32.shl (select (i32.const 4) (i32.sub (local.get $oh) (local.get $x))
                  (i32.le_u (i32.add (local.get $x) (i32.const 4)) (local.get $oh))) (i32.const 2))))
                (br_if $cols (i32.lt_u (local.tee $x (i32.add (local.get $x) (i32.const 4))) (local.get $oh))))
              (br_if $rows (i32.lt_u (local.tee $y (i32.add (local.get $y) (i32.const 1))) (local.get $oh))))
            (local.set $w (i32.add (local.get $w) (i32.const 4)))
            (br_if $kernelCols (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 1))) (local.get $kh))))
          (br_if $kernelRows (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $kh))))
        (br_if $channels (i32.lt_u (local.tee $ch (i32.add (local.get $ch) (i32.const 1))) (local.get $c))))
      (br_if $maps (i32.lt_u (local.tee $m (i32.add (local.get $m) (i32.const 1))) (local.get $k))))
    (br_if $examples (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count)))))

;; The sum over y, x of D[y][x] * A[y + i][x + j] for one map of deltas d ([oh][oh]) and one
;; shifted window a (&A[ch][i][j]; rows of h values): four partial sums, one per lane.
(func $windowDot (param $d i32) (param $a i32) (param $oh i32) (param $h i32) (param $acc v128) (result v128)
  (local $y i32) (local $x i32) (local $p i32)
  (loop $rows
    (local.set $p (local.get $a))
    (local.set $x (i32.const 0))
    (loop $cols
      (local.set $acc (madd (v128.and (v128.load (local.get $d)) (call $firstLanes (i32.sub (local.get $oh) (local.get $x))))
        (v128.load (local.get $p)) (local.get $acc)))
      (local.set $p (i32.add (local.get $p) (i32.const 16)))
      (local.set $d (i32.add (local.get $d) (i32.shl (select (i32.const 4) (i32.sub (local.get $oh) (local.get $x))
        (i32.le_u (i32.add (local.get $x) (i32.const 4)) (local.get $oh))) (i32.const 2))))
      (br_if $cols (i32.lt_u (local.tee $x (i32.add (local.get $x) (i32.const 4))) (local.get $oh))))
    (local.set $a (i32.add (local.get $a) (i32.shl (local.get $h) (i32.const 2))))
    (br_if $rows (i32.lt_u (local.tee $y (i32.add (local.get $y) (i32.const 1))) (local.get $oh))))
  (local.get $acc))

;; SGD update fused with the gradient: G (scratch, [k][c][kh][kh] f32x4 partial sums, 16 bytes a
;; weight) collects sum over examples and positions of D(m, y, x) A(ch, y + i, x + j) one example
;; at a time, so that example's maps stay in cache; then W = decay W - rate G and
;; bias -= rate * (sum of D). rate = eta / count.
(func $convUpdate (export "convUpdate") (param $W i32) (param $bias i32) (param $A i32) (param $D i32) (param $G i32) (param $count i32)
  (param $c i32) (param $h i32) (param $k i32) (param $kh i32) (param $inStride i32) (param $outStride i32)
  (param $rate f32) (param $decay f32)
  (local $oh i32) (local $b i32) (local $m i32) (local $ch i32) (local $i i32) (local $j i32) (local $g i32)
  (local $d i32) (local $a i32) (local $n i32) (local $q i32) (local $gb v128)
  (local.set $oh (i32.add (i32.sub (local.get $h) (local.get $kh)) (i32.const 1)))
  (local.set $n (i32.mul (local.get $k) (i32.mul (local.get $c) (i32.mul (local.get $kh) (local.get $kh)))))
  (call $zero (local.get $G) (i32.shl (local.get $n) (i32.const 4)))
  (loop $examples
    (local.set $g (local.get $G))
    (local.set $m (i32.const 0))
    (loop $maps
      (local.set $d (i32.add (i32.add (local.get $D) (i32.mul (local.get $b) (local.get $outStride)))
        (i32.shl (i32.mul (local.get $m) (i32.mul (local.get $oh) (local.get $oh))) (i32.const 2))))
      (local.set $ch (i32.const 0))
      (loop $channels
        (local.set $i (i32.const 0))
        (loop $kernelRows
          (local.set $j (i32.const 0))
          (loop $kernelCols
            ;; &A[b][ch][i][j]
            (local.set $a (i32.add (i32.add (local.get $A) (i32.mul (local.get $b) (local.get $inStride)))
              (i32.shl (i32.add (i32.mul (i32.add (i32.mul (local.get $ch) (local.get $h)) (local.get $i)) (local.get $h)) (local.get $j))
                (i32.const 2))))
            (v128.store (local.get $g) (call $windowDot (local.get $d) (local.get $a) (local.get $oh) (local.get $h) (v128.load (local.get $g))))
            (local.set $g (i32.add (local.get $g) (i32.const 16)))
            (br_if $kernelCols (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 1))) (local.get $kh))))
          (br_if $kernelRows (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $kh))))
        (br_if $channels (i32.lt_u (local.tee $ch (i32.add (local.get $ch) (i32.const 1))) (local.get $c))))
      (br_if $maps (i32.lt_u (local.tee $m (i32.add (local.get $m) (i32.const 1))) (local.get $k))))
    (br_if $examples (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count))))
  (local.set $q (i32.const 0))
  (loop $weights
    (f32.store (local.get $W) (f32.sub (f32.mul (local.get $decay) (f32.load (local.get $W)))
      (f32.mul (local.get $rate) (call $hsum (v128.load (local.get $G))))))
    (local.set $W (i32.add (local.get $W) (i32.const 4)))
    (local.set $G (i32.add (local.get $G) (i32.const 16)))
    (br_if $weights (i32.lt_u (local.tee $q (i32.add (local.get $q) (i32.const 1))) (local.get $n))))
  (local.set $m (i32.const 0))
  (loop $biases
    (local.set $gb (vec.i32 0))
    (local.set $b (i32.const 0))
    (loop $sumExamples
      (local.set $gb (call $mapSum
        (i32.add (i32.add (local.get $D) (i32.mul (local.get $b) (local.get $outStride)))
          (i32.shl (i32.mul (local.get $m) (i32.mul (local.get $oh) (local.get $oh))) (i32.const 2)))
        (i32.mul (local.get $oh) (local.get $oh)) (local.get $gb)))
      (br_if $sumExamples (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count))))
    (f32.store (local.get $bias) (f32.sub (f32.load (local.get $bias)) (f32.mul (local.get $rate) (call $hsum (local.get $gb)))))
    (local.set $bias (i32.add (local.get $bias) (i32.const 4)))
    (br_if $biases (i32.lt_u (local.tee $m (i32.add (local.get $m) (i32.const 1))) (local.get $k)))))

;; acc + the n floats at p, in four lanes (a partial last vector's extra lanes zeroed).
(func $mapSum (param $p i32) (param $n i32) (param $acc v128) (result v128)
  (local $x i32)
  (loop $each
    (local.set $acc (f32x4.add (local.get $acc)
      (v128.and (v128.load (local.get $p)) (call $firstLanes (i32.sub (local.get $n) (local.get $x))))))
    (local.set $p (i32.add (local.get $p) (i32.const 16)))
    (br_if $each (i32.lt_u (local.tee $x (i32.add (local.get $x) (i32.const 4))) (local.get $n))))
  (local.get $acc))

;; Writes `bytes` (a multiple of 16) bytes of 0 at p.
(func $zero (param $p i32) (param $bytes i32)
  (memory.fill (local.get $p) (i32.const 0) (local.get $bytes)))
