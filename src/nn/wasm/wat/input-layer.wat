;; The first layer, where nearly all the time goes. Its weights are kept transposed, W^T:
;; [784][outStride] (for each pixel, its weights to every neuron of the layer), and its loops run
;; over the pixels with ink in some example of the batch (about 380 of 784 in a batch of 10):
;; a blank pixel contributes nothing to z and gets no gradient. The input rows are 784 floats
;; (3136 bytes) in every network, so the second example's row is an immediate offset away.
;;
;; An odd last example is paired with the next row of A, whose results are thrown away (forward)
;; or weighted 0 (update). That row holds finite values, an earlier batch's inputs or the zeros
;; of the spare row that layout.ts keeps after the last, so 0 * x adds exactly nothing.

;; Z = A W + bias for the first layer (the activation follows, by $activateRows). Blocked 4
;; output vectors (16 neurons) by 2 examples: per pixel, two splatted inputs and one cache line
;; of W^T feed 8 multiply-adds into 8 accumulators, and no horizontal sums are needed. The block
;; loop is outside the example loop, so a block's strip of W^T stays in cache for every pair.
;; Only the columns in bytes [from, to) of a row are computed: a worker's share (split.wat), or
;; 0 to outStride for all. Each column's sum is the same whichever share computes it.
(func $forwardInput (param $W i32) (param $bias i32) (param $A i32) (param $Z i32) (param $count i32)
  (param $outStride i32) (param $list i32) (param $listEnd i32) (param $from i32) (param $to i32)
  (local $b i32) (local $a0 i32) (local $z0 i32) (local $z1 i32) (local $j i32) (local $wj i32) (local $bj i32)
  (local $p i32) (local $k i32) (local $ak i32) (local $wk i32) (local $wide i32)
  (local $x0 v128) (local $x1 v128) (local $v v128)
  (local $s00 v128) (local $s01 v128) (local $s02 v128) (local $s03 v128)
  (local $s10 v128) (local $s11 v128) (local $s12 v128) (local $s13 v128)
  ;; the bytes of [from, to) covered by whole blocks of 4 vectors
  (local.set $j (local.get $from))
  (local.set $wide (i32.add (local.get $from) (i32.and (i32.sub (local.get $to) (local.get $from)) (i32.const -64))))
  (block $blocksDone
    (loop $blocks
      (br_if $blocksDone (i32.ge_u (local.get $j) (local.get $wide)))
      (local.set $wj (i32.add (local.get $W) (local.get $j)))
      (local.set $bj (i32.add (local.get $bias) (local.get $j)))
      (local.set $b (i32.const 0))
      (loop $pairs
        (local.set $a0 (i32.add (local.get $A) (i32.mul (local.get $b) (i32.const 3136))))
        (local.set $z0 (i32.add (i32.add (local.get $Z) (i32.mul (local.get $b) (local.get $outStride))) (local.get $j)))
        ;; For an odd last example z1 = z0, and z1 is stored first, so z0's true value lands last.
        (local.set $z1 (i32.add (local.get $z0) (select (local.get $outStride) (i32.const 0)
          (i32.lt_u (i32.add (local.get $b) (i32.const 1)) (local.get $count)))))
        (local.set $s00 (vec.i32 0)) (local.set $s01 (vec.i32 0)) (local.set $s02 (vec.i32 0)) (local.set $s03 (vec.i32 0))
        (local.set $s10 (vec.i32 0)) (local.set $s11 (vec.i32 0)) (local.set $s12 (vec.i32 0)) (local.set $s13 (vec.i32 0))
        (local.set $p (local.get $list))
        (if (i32.lt_u (local.get $p) (local.get $listEnd))
          (then
            (loop $pixels
              ;; k = 4 * pixel: the pixel's offset in a row of A; its row of W^T is pixel * outStride.
              (local.set $k (i32.load (local.get $p)))
              (local.set $ak (i32.add (local.get $a0) (local.get $k)))
              (local.set $x0 (v128.load32_splat offset=0 (local.get $ak)))
              (local.set $x1 (v128.load32_splat offset=3136 (local.get $ak)))
              (local.set $wk (i32.add (local.get $wj) (i32.mul (i32.shr_u (local.get $k) (i32.const 2)) (local.get $outStride))))
              (local.set $v (v128.load offset=0 (local.get $wk)))
              (local.set $s00 (madd (local.get $v) (local.get $x0) (local.get $s00)))
              (local.set $s10 (madd (local.get $v) (local.get $x1) (local.get $s10)))
              (local.set $v (v128.load offset=16 (local.get $wk)))
              (local.set $s01 (madd (local.get $v) (local.get $x0) (local.get $s01)))
              (local.set $s11 (madd (local.get $v) (local.get $x1) (local.get $s11)))
              (local.set $v (v128.load offset=32 (local.get $wk)))
              (local.set $s02 (madd (local.get $v) (local.get $x0) (local.get $s02)))
              (local.set $s12 (madd (local.get $v) (local.get $x1) (local.get $s12)))
              (local.set $v (v128.load offset=48 (local.get $wk)))
              (local.set $s03 (madd (local.get $v) (local.get $x0) (local.get $s03)))
              (local.set $s13 (madd (local.get $v) (local.get $x1) (local.get $s13)))
              (br_if $pixels (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 4))) (local.get $listEnd))))))
        (v128.store offset=0 (local.get $z1) (f32x4.add (local.get $s10) (v128.load offset=0 (local.get $bj))))
        (v128.store offset=16 (local.get $z1) (f32x4.add (local.get $s11) (v128.load offset=16 (local.get $bj))))
        (v128.store offset=32 (local.get $z1) (f32x4.add (local.get $s12) (v128.load offset=32 (local.get $bj))))
        (v128.store offset=48 (local.get $z1) (f32x4.add (local.get $s13) (v128.load offset=48 (local.get $bj))))
        (v128.store offset=0 (local.get $z0) (f32x4.add (local.get $s00) (v128.load offset=0 (local.get $bj))))
        (v128.store offset=16 (local.get $z0) (f32x4.add (local.get $s01) (v128.load offset=16 (local.get $bj))))
        (v128.store offset=32 (local.get $z0) (f32x4.add (local.get $s02) (v128.load offset=32 (local.get $bj))))
        (v128.store offset=48 (local.get $z0) (f32x4.add (local.get $s03) (v128.load offset=48 (local.get $bj))))
        (br_if $pairs (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 2))) (local.get $count))))
      (local.set $j (i32.add (local.get $j) (i32.const 64)))
      (br $blocks)))
  ;; The 1 to 3 vectors past the last whole block, one at a time.
  (block $tailDone
    (loop $tail
      (br_if $tailDone (i32.ge_u (local.get $j) (local.get $to)))
      (local.set $wj (i32.add (local.get $W) (local.get $j)))
      (local.set $b (i32.const 0))
      (loop $pairs
        (local.set $a0 (i32.add (local.get $A) (i32.mul (local.get $b) (i32.const 3136))))
        (local.set $z0 (i32.add (i32.add (local.get $Z) (i32.mul (local.get $b) (local.get $outStride))) (local.get $j)))
        (local.set $z1 (i32.add (local.get $z0) (select (local.get $outStride) (i32.const 0)
          (i32.lt_u (i32.add (local.get $b) (i32.const 1)) (local.get $count)))))
        (local.set $s00 (vec.i32 0))
        (local.set $s10 (vec.i32 0))
        (local.set $p (local.get $list))
        (if (i32.lt_u (local.get $p) (local.get $listEnd))
          (then
            (loop $pixels
              (local.set $k (i32.load (local.get $p)))
              (local.set $ak (i32.add (local.get $a0) (local.get $k)))
              (local.set $v (v128.load (i32.add (local.get $wj) (i32.mul (i32.shr_u (local.get $k) (i32.const 2)) (local.get $outStride)))))
              (local.set $s00 (madd (local.get $v) (v128.load32_splat offset=0 (local.get $ak)) (local.get $s00)))
              (local.set $s10 (madd (local.get $v) (v128.load32_splat offset=3136 (local.get $ak)) (local.get $s10)))
              (br_if $pixels (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 4))) (local.get $listEnd))))))
        (local.set $v (v128.load (i32.add (local.get $bias) (local.get $j))))
        (v128.store (local.get $z1) (f32x4.add (local.get $s10) (local.get $v)))
        (v128.store (local.get $z0) (f32x4.add (local.get $s00) (local.get $v)))
        (br_if $pairs (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 2))) (local.get $count))))
      (local.set $j (i32.add (local.get $j) (i32.const 16)))
      (br $tail))))

;; W^T = W^T - rate * A^T D over the listed pixels; bias = bias - rate * sum_b D. Blocked 4 output
;; vectors by 2 examples: the 8 coefficient vectors -rate * D[b] stay in registers, and per pixel
;; two splatted inputs update one cache line of W^T. (Weight decay is applied before, by $scale.)
;; Only the columns in bytes [from, to) of a row, as in $forwardInput.
(func $updateInput (param $W i32) (param $bias i32) (param $A i32) (param $D i32) (param $count i32)
  (param $outStride i32) (param $list i32) (param $listEnd i32) (param $rate f32) (param $from i32) (param $to i32)
  (local $j i32) (local $b i32) (local $a0 i32) (local $d0 i32) (local $wj i32) (local $p i32)
  (local $k i32) (local $ak i32) (local $wk i32) (local $wide i32)
  (local $neg v128) (local $x0 v128) (local $x1 v128)
  (local $c00 v128) (local $c01 v128) (local $c02 v128) (local $c03 v128)
  (local $c10 v128) (local $c11 v128) (local $c12 v128) (local $c13 v128)
  (local.set $neg (f32x4.splat (f32.neg (local.get $rate))))
  (call $updateBias (local.get $bias) (local.get $D) (local.get $count) (local.get $outStride) (local.get $neg)
    (local.get $from) (local.get $to))
  (local.set $j (local.get $from))
  (local.set $wide (i32.add (local.get $from) (i32.and (i32.sub (local.get $to) (local.get $from)) (i32.const -64))))
  (block $blocksDone
    (loop $blocks
      (br_if $blocksDone (i32.ge_u (local.get $j) (local.get $wide)))
      (local.set $wj (i32.add (local.get $W) (local.get $j)))
      (local.set $b (i32.const 0))
      (loop $pairs
        (local.set $a0 (i32.add (local.get $A) (i32.mul (local.get $b) (i32.const 3136))))
        (local.set $d0 (i32.add (i32.add (local.get $D) (i32.mul (local.get $b) (local.get $outStride))) (local.get $j)))
        (local.set $c00 (f32x4.mul (v128.load offset=0 (local.get $d0)) (local.get $neg)))
        (local.set $c01 (f32x4.mul (v128.load offset=16 (local.get $d0)) (local.get $neg)))
        (local.set $c02 (f32x4.mul (v128.load offset=32 (local.get $d0)) (local.get $neg)))
        (local.set $c03 (f32x4.mul (v128.load offset=48 (local.get $d0)) (local.get $neg)))
        (local.set $c10 (vec.i32 0)) (local.set $c11 (vec.i32 0)) (local.set $c12 (vec.i32 0)) (local.set $c13 (vec.i32 0))
        (if (i32.lt_u (i32.add (local.get $b) (i32.const 1)) (local.get $count))
          (then
            (local.set $d0 (i32.add (local.get $d0) (local.get $outStride)))
            (local.set $c10 (f32x4.mul (v128.load offset=0 (local.get $d0)) (local.get $neg)))
            (local.set $c11 (f32x4.mul (v128.load offset=16 (local.get $d0)) (local.get $neg)))
            (local.set $c12 (f32x4.mul (v128.load offset=32 (local.get $d0)) (local.get $neg)))
            (local.set $c13 (f32x4.mul (v128.load offset=48 (local.get $d0)) (local.get $neg)))))
        (local.set $p (local.get $list))
        (if (i32.lt_u (local.get $p) (local.get $listEnd))
          (then
            (loop $pixels
              (local.set $k (i32.load (local.get $p)))
              (local.set $ak (i32.add (local.get $a0) (local.get $k)))
              (local.set $x0 (v128.load32_splat offset=0 (local.get $ak)))
              (local.set $x1 (v128.load32_splat offset=3136 (local.get $ak)))
              (local.set $wk (i32.add (local.get $wj) (i32.mul (i32.shr_u (local.get $k) (i32.const 2)) (local.get $outStride))))
              (v128.store offset=0 (local.get $wk) (madd (local.get $c10) (local.get $x1)
                (madd (local.get $c00) (local.get $x0) (v128.load offset=0 (local.get $wk)))))
              (v128.store offset=16 (local.get $wk) (madd (local.get $c11) (local.get $x1)
                (madd (local.get $c01) (local.get $x0) (v128.load offset=16 (local.get $wk)))))
              (v128.store offset=32 (local.get $wk) (madd (local.get $c12) (local.get $x1)
                (madd (local.get $c02) (local.get $x0) (v128.load offset=32 (local.get $wk)))))
              (v128.store offset=48 (local.get $wk) (madd (local.get $c13) (local.get $x1)
                (madd (local.get $c03) (local.get $x0) (v128.load offset=48 (local.get $wk)))))
              (br_if $pixels (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 4))) (local.get $listEnd))))))
        (br_if $pairs (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 2))) (local.get $count))))
      (local.set $j (i32.add (local.get $j) (i32.const 64)))
      (br $blocks)))
  ;; The 1 to 3 vectors past the last whole block, one at a time.
  (block $tailDone
    (loop $tail
      (br_if $tailDone (i32.ge_u (local.get $j) (local.get $to)))
      (local.set $wj (i32.add (local.get $W) (local.get $j)))
      (local.set $b (i32.const 0))
      (loop $pairs
        (local.set $a0 (i32.add (local.get $A) (i32.mul (local.get $b) (i32.const 3136))))
        (local.set $d0 (i32.add (i32.add (local.get $D) (i32.mul (local.get $b) (local.get $outStride))) (local.get $j)))
        (local.set $c00 (f32x4.mul (v128.load (local.get $d0)) (local.get $neg)))
        (local.set $c10 (vec.i32 0))
        (if (i32.lt_u (i32.add (local.get $b) (i32.const 1)) (local.get $count))
          (then (local.set $c10 (f32x4.mul (v128.load (i32.add (local.get $d0) (local.get $outStride))) (local.get $neg)))))
        (local.set $p (local.get $list))
        (if (i32.lt_u (local.get $p) (local.get $listEnd))
          (then
            (loop $pixels
              (local.set $k (i32.load (local.get $p)))
              (local.set $ak (i32.add (local.get $a0) (local.get $k)))
              (local.set $wk (i32.add (local.get $wj) (i32.mul (i32.shr_u (local.get $k) (i32.const 2)) (local.get $outStride))))
              (v128.store (local.get $wk) (madd (local.get $c10) (v128.load32_splat offset=3136 (local.get $ak))
                (madd (local.get $c00) (v128.load32_splat offset=0 (local.get $ak)) (v128.load (local.get $wk)))))
              (br_if $pixels (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 4))) (local.get $listEnd))))))
        (br_if $pairs (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 2))) (local.get $count))))
      (local.set $j (i32.add (local.get $j) (i32.const 16)))
      (br $tail))))

;; bias = bias + neg * sum_b D[b], over bytes [from, to) of rows of `stride` bytes (neg = -rate
;; in every lane).
(func $updateBias (param $bias i32) (param $D i32) (param $count i32) (param $stride i32) (param $neg v128)
  (param $from i32) (param $to i32)
  (local $j i32) (local $b i32) (local $g v128)
  (if (i32.ge_u (local.get $from) (local.get $to)) (then (return)))
  (local.set $j (local.get $from))
  (loop $vectors
    (local.set $g (vec.i32 0))
    (local.set $b (i32.const 0))
    (loop $examples
      (local.set $g (f32x4.add (local.get $g)
        (v128.load (i32.add (i32.add (local.get $D) (i32.mul (local.get $b) (local.get $stride))) (local.get $j)))))
      (br_if $examples (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count))))
    (v128.store (i32.add (local.get $bias) (local.get $j))
      (madd (local.get $g) (local.get $neg) (v128.load (i32.add (local.get $bias) (local.get $j)))))
    (br_if $vectors (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 16))) (local.get $to)))))

;; Z = f(Z) for bytes [from, to) of `count` rows of `stride` bytes; lanes past the layer's last
;; neuron are set to 0, so the padding adds nothing to the next layer.
(func $activateRows (param $Z i32) (param $count i32) (param $stride i32) (param $nOut i32) (param $act i32)
  (param $from i32) (param $to i32)
  (local $b i32) (local $j i32) (local $row i32)
  (if (i32.ge_u (local.get $from) (local.get $to)) (then (return)))
  (loop $rows
    (local.set $row (i32.add (local.get $Z) (i32.mul (local.get $b) (local.get $stride))))
    (local.set $j (local.get $from))
    (loop $vectors
      (v128.store (i32.add (local.get $row) (local.get $j))
        (v128.and (call $lanesBelow (i32.shr_u (local.get $j) (i32.const 2)) (local.get $nOut))
          (call $activate (v128.load (i32.add (local.get $row) (local.get $j))) (local.get $act))))
      (br_if $vectors (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 16))) (local.get $to))))
    (br_if $rows (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count)))))
