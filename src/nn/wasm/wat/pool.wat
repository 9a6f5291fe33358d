;; Max pooling over size x size windows with stride size, as src/nn/conv/max-pool.ts computes it.
;; Per example, row-major: input [c][h][h]; output, deltas and `from` [c][oh][oh], oh = h / size
;; (rounded down). Example b starts at b * inStride bytes on the input side and b * outStride on the
;; output side (`from` is i32, laid out like the output). from[o] is the index, within the
;; example's input, of the value output o took (the first of equal values).

;; Out = the largest value of each window, and where it was.
(func $poolForward (export "poolForward") (param $A i32) (param $Out i32) (param $From i32) (param $count i32)
  (param $c i32) (param $h i32) (param $size i32) (param $inStride i32) (param $outStride i32)
  (local $oh i32) (local $b i32) (local $a i32) (local $o i32) (local $ch i32) (local $y i32) (local $x i32)
  (local $i i32) (local $j i32) (local $at i32) (local $corner i32) (local $best i32) (local $top f32) (local $v f32)
  (local.set $oh (i32.div_u (local.get $h) (local.get $size)))
  (loop $examples
    (local.set $a (i32.add (local.get $A) (i32.mul (local.get $b) (local.get $inStride))))
    (local.set $o (i32.mul (local.get $b) (local.get $outStride)))
    (local.set $ch (i32.const 0))
    (loop $channels
      (local.set $y (i32.const 0))
      (loop $rows
        (local.set $x (i32.const 0))
        (loop $cols
          ;; The window's top-left value, (ch, y * size, x * size), as an index in the example.
          (local.set $corner (i32.add (i32.mul (i32.add (i32.mul (local.get $ch) (local.get $h))
            (i32.mul (local.get $y) (local.get $size))) (local.get $h)) (i32.mul (local.get $x) (local.get $size))))
          (local.set $best (local.get $corner))
          (local.set $top (f32.load (i32.add (local.get $a) (i32.shl (local.get $best) (i32.const 2)))))
          (local.set $i (i32.const 0))
          (loop $windowRows
            (local.set $j (i32.const 0))
            (loop $windowCols
              (local.set $at (i32.add (i32.add (local.get $corner) (i32.mul (local.get $i) (local.get $h))) (local.get $j)))
              (local.set $v (f32.load (i32.add (local.get $a) (i32.shl (local.get $at) (i32.const 2)))))
              ;; Strictly greater: the first of equal values wins, as in max-pool.ts.
              (if (f32.gt (local.get $v) (local.get $top))
                (then (local.set $top (local.get $v)) (local.set $best (local.get $at))))
              (br_if $windowCols (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 1))) (local.get $size))))
            (br_if $windowRows (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $size))))
          (f32.store (i32.add (local.get $Out) (local.get $o)) (local.get $top))
          (i32.store (i32.add (local.get $From) (local.get $o)) (local.get $best))
          (local.set $o (i32.add (local.get $o) (i32.const 4)))
          (br_if $cols (i32.lt_u (local.tee $x (i32.add (local.get $x) (i32.const 1))) (local.get $oh))))
        (br_if $rows (i32.lt_u (local.tee $y (i32.add (local.get $y) (i32.const 1))) (local.get $oh))))
      (br_if $channels (i32.lt_u (local.tee $ch (i32.add (local.get $ch) (i32.const 1))) (local.get $c))))
    (br_if $examples (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count)))))
;; Dprev = dC/dA: each output's delta goes to the input value it took; the others get 0.
(func $poolBackward (export "poolBackward") (param $D i32) (param $From i32) (param $Dprev i32) (param $count i32)
  (param $n i32) (param $inStride i32) (param $outStride i32)
  (local $b i32) (local $o i32) (local $row i32) (local $prev i32)
  (call $zero (local.get $Dprev) (i32.mul (local.get $count) (local.get $inStride)))
  (loop $examples
    (local.set $row (i32.mul (local.get $b) (local.get $outStride)))
    (local.set $prev (i32.add (local.get $Dprev) (i32.mul (local.get $b) (local.get $inStride))))
    (local.set $o (i32.const 0))
    (loop $outputs
      (f32.store (i32.add (local.get $prev) (i32.shl (i32.load (i32.add (local.get $From) (local.get $row))) (i32.const 2)))
        (f32.load (i32.add (local.get $D) (local.get $row))))
      (local.set $row (i32.add (local.get $row) (i32.const 4)))
      (br_if $outputs (i32.lt_u (local.tee $o (i32.add (local.get $o) (i32.const 1))) (local.get $n))))
    (br_if $examples (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count)))))
