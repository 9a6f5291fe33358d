;; Max pooling over size x size windows with stride size, as src/nn/conv/max-pool.ts computes it.
;; Per example, row-major: input [c][h][h]; output, deltas and `from` [c][oh][oh], oh = h / size
;; (rounded down). Example b starts at b * inStride bytes on the input side and b * outStride on the
;; output side (`from` is i32, laid out like the output). from[o] is the index, within the
;; example's input, of the value output o took (the first of equal values).

;; Out = the largest value of each window, and where it was. 2 x 2 windows go four outputs at a
;; time ($pool2Row); other sizes one by one.
(func $poolForward (export "poolForward") (param $A i32) (param $Out i32) (param $From i32) (param $count i32)
  (param $c i32) (param $h i32) (param $size i32) (param $inStride i32) (param $outStride i32)
  (local $oh i32) (local $b i32) (local $a i32) (local $o i32) (local $ch i32) (local $y i32) (local $x i32)
  (local $i i32) (local $j i32) (local $at i32) (local $corner i32) (local $best i32) (local $top f32) (local $v f32)
  (local.set $oh (i32.div_u (local.get $h) (local.get $size)))
  (if (i32.eq (local.get $size) (i32.const 2))
    (then
      (loop $examples2
        (local.set $a (i32.add (local.get $A) (i32.mul (local.get $b) (local.get $inStride))))
        (local.set $o (i32.mul (local.get $b) (local.get $outStride)))
        (local.set $ch (i32.const 0))
        (loop $channels2
          (local.set $y (i32.const 0))
          (loop $rows2
            (call $pool2Row (local.get $a) (i32.add (local.get $Out) (local.get $o)) (i32.add (local.get $From) (local.get $o))
              (i32.mul (i32.add (i32.mul (local.get $ch) (local.get $h)) (i32.shl (local.get $y) (i32.const 1))) (local.get $h))
              (local.get $h) (local.get $oh))
            (local.set $o (i32.add (local.get $o) (i32.shl (local.get $oh) (i32.const 2))))
            (br_if $rows2 (i32.lt_u (local.tee $y (i32.add (local.get $y) (i32.const 1))) (local.get $oh))))
          (br_if $channels2 (i32.lt_u (local.tee $ch (i32.add (local.get $ch) (i32.const 1))) (local.get $c))))
        (br_if $examples2 (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count))))
      (return)))
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
;; One row of oh outputs of 2 x 2 pooling: the windows start at index `first` of the example at a
;; (input rows `first` and first + h). Four windows at a time: the even and odd columns of both
;; rows, compared in the scan order (0, 0), (0, 1), (1, 0), (1, 1) with a strict >, as max-pool.ts.
(func $pool2Row (param $a i32) (param $out i32) (param $from i32) (param $first i32) (param $h i32) (param $oh i32)
  (local $x i32) (local $p i32) (local $q i32) (local $top v128) (local $at v128) (local $v v128) (local $gt v128)
  (local $r0a v128) (local $r0b v128) (local $r1a v128) (local $r1b v128)
  (loop $cols
    (local.set $p (i32.add (local.get $a) (i32.shl (i32.add (local.get $first) (i32.shl (local.get $x) (i32.const 1))) (i32.const 2))))
    (local.set $q (i32.add (local.get $p) (i32.shl (local.get $h) (i32.const 2))))
    (local.set $r0a (v128.load (local.get $p)))
    (local.set $r0b (v128.load offset=16 (local.get $p)))
    (local.set $r1a (v128.load (local.get $q)))
    (local.set $r1b (v128.load offset=16 (local.get $q)))
    ;; The windows' top-left indices: first + 2x, first + 2x + 2, ...
    (local.set $at (i32x4.add (i32x4.splat (i32.add (local.get $first) (i32.shl (local.get $x) (i32.const 1)))) (v128.const i32x4 0 2 4 6)))
    (local.set $top (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $r0a) (local.get $r0b)))
    (local.set $v (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $r0a) (local.get $r0b)))
    (local.set $gt (f32x4.gt (local.get $v) (local.get $top)))
    (local.set $top (v128.bitselect (local.get $v) (local.get $top) (local.get $gt)))
    (local.set $at (i32x4.sub (local.get $at) (local.get $gt)))
    (local.set $v (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $r1a) (local.get $r1b)))
    (local.set $gt (f32x4.gt (local.get $v) (local.get $top)))
    (local.set $top (v128.bitselect (local.get $v) (local.get $top) (local.get $gt)))
    ;; The first value below: index i + h (gt is -1 where it wins, and the index then drops its +1, if any).
    (local.set $at (v128.bitselect (i32x4.add (i32x4.splat (i32.add (i32.add (local.get $first) (local.get $h)) (i32.shl (local.get $x) (i32.const 1))))
      (v128.const i32x4 0 2 4 6)) (local.get $at) (local.get $gt)))
    (local.set $v (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $r1a) (local.get $r1b)))
    (local.set $gt (f32x4.gt (local.get $v) (local.get $top)))
    (local.set $top (v128.bitselect (local.get $v) (local.get $top) (local.get $gt)))
    (local.set $at (v128.bitselect (i32x4.add (i32x4.splat (i32.add (i32.add (local.get $first) (local.get $h)) (i32.shl (local.get $x) (i32.const 1))))
      (v128.const i32x4 1 3 5 7)) (local.get $at) (local.get $gt)))
    ;; Four whole outputs stored here (calls are not inlined everywhere), a row's partial last vector by $storeLanes.
    (if (i32.ge_s (i32.sub (local.get $oh) (local.get $x)) (i32.const 4))
      (then
        (v128.store (i32.add (local.get $out) (i32.shl (local.get $x) (i32.const 2))) (local.get $top))
        (v128.store (i32.add (local.get $from) (i32.shl (local.get $x) (i32.const 2))) (local.get $at)))
      (else
        (call $storeLanes (i32.add (local.get $out) (i32.shl (local.get $x) (i32.const 2))) (local.get $top) (i32.sub (local.get $oh) (local.get $x)))
        (call $storeLanes (i32.add (local.get $from) (i32.shl (local.get $x) (i32.const 2))) (local.get $at) (i32.sub (local.get $oh) (local.get $x)))))
    (br_if $cols (i32.lt_u (local.tee $x (i32.add (local.get $x) (i32.const 4))) (local.get $oh)))))

;; Dprev = dC/dz of the layer below: each output's delta, times f' at the value it took (act as
;; $derivative; 3, none: dC/dA, where below sits another pooling layer), goes to where that value
;; was; the others get 0 (their f' times 0). A is the layer's input, laid out like Dprev.
;; 2 x 2 windows over maps whose side is a multiple of 8 go by $pool2Back; others one output at a time.
(func $poolBackward (export "poolBackward") (param $D i32) (param $From i32) (param $Dprev i32) (param $A i32) (param $count i32)
  (param $c i32) (param $h i32) (param $size i32) (param $inStride i32) (param $outStride i32) (param $act i32)
  (local $b i32) (local $o i32) (local $n i32) (local $row i32) (local $at i32) (local $v f32) (local $a f32)
  (if (i32.and (i32.eq (local.get $size) (i32.const 2)) (i32.eqz (i32.and (local.get $h) (i32.const 7))))
    (then
      (loop $examples2
        (call $pool2Back (i32.add (local.get $D) (local.get $row)) (i32.add (local.get $From) (local.get $row))
          (i32.add (local.get $Dprev) (local.get $at)) (i32.add (local.get $A) (local.get $at)) (local.get $c) (local.get $h) (local.get $act))
        (local.set $row (i32.add (local.get $row) (local.get $outStride)))
        (local.set $at (i32.add (local.get $at) (local.get $inStride)))
        (br_if $examples2 (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count))))
      (return)))
  (local.set $n (i32.mul (local.get $c) (i32.mul (i32.div_u (local.get $h) (local.get $size)) (i32.div_u (local.get $h) (local.get $size)))))
  (call $zero (local.get $Dprev) (i32.mul (local.get $count) (local.get $inStride)))
  (loop $examples
    (local.set $row (i32.mul (local.get $b) (local.get $outStride)))
    (local.set $o (i32.const 0))
    (loop $outputs
      ;; The value's byte offset from the start of the whole buffer (Dprev and A alike).
      (local.set $at (i32.add (i32.mul (local.get $b) (local.get $inStride))
        (i32.shl (i32.load (i32.add (local.get $From) (local.get $row))) (i32.const 2))))
      (local.set $v (f32.load (i32.add (local.get $D) (local.get $row))))
      (local.set $a (f32.load (i32.add (local.get $A) (local.get $at))))
      ;; The same operations as $derivative's, one lane.
      (f32.store (i32.add (local.get $Dprev) (local.get $at))
        (if (result f32) (i32.eq (local.get $act) (i32.const 2))
          (then (select (local.get $v) (f32.const 0) (f32.gt (local.get $a) (f32.const 0))))
          (else (if (result f32) (i32.eqz (local.get $act))
            (then (f32.mul (local.get $v) (f32.mul (local.get $a) (f32.sub (f32.const 1) (local.get $a)))))
            (else (if (result f32) (i32.eq (local.get $act) (i32.const 1))
              (then (f32.mul (local.get $v) (f32.sub (f32.const 1) (f32.mul (local.get $a) (local.get $a)))))
              (else (local.get $v))))))))
      (local.set $row (i32.add (local.get $row) (i32.const 4)))
      (br_if $outputs (i32.lt_u (local.tee $o (i32.add (local.get $o) (i32.const 1))) (local.get $n))))
    (br_if $examples (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count)))))

;; poolBackward of one example for 2 x 2 windows, h a multiple of 8: four windows at a time, their
;; deltas kept where `from` names each corner and 0 elsewhere, interleaved into the 8 values of
;; each of the two input rows they cover, times f' there; every value is written once.
(func $pool2Back (param $D i32) (param $From i32) (param $Dprev i32) (param $A i32) (param $c i32) (param $h i32) (param $act i32)
  (local $top i32) (local $end i32) (local $x i32) (local $oh i32) (local $p i32) (local $q i32)
  (local $d v128) (local $at v128) (local $corner v128) (local $t0 v128) (local $t1 v128) (local $u0 v128) (local $u1 v128)
  (local.set $oh (i32.shr_u (local.get $h) (i32.const 1)))
  (local.set $end (i32.mul (local.get $c) (i32.mul (local.get $h) (local.get $h))))
  ;; top: the index of the row pair's first value; each pair of rows is one row of windows.
  (loop $rowPairs
    (local.set $x (i32.const 0))
    (loop $cols
      (local.set $d (v128.load (local.get $D)))
      (local.set $at (v128.load (local.get $From)))
      (local.set $corner (i32x4.add (i32x4.splat (i32.add (local.get $top) (i32.shl (local.get $x) (i32.const 1)))) (v128.const i32x4 0 2 4 6)))
      (local.set $t0 (v128.and (local.get $d) (i32x4.eq (local.get $at) (local.get $corner))))
      (local.set $t1 (v128.and (local.get $d) (i32x4.eq (local.get $at) (i32x4.add (local.get $corner) (vec.i32 1)))))
      (local.set $corner (i32x4.add (local.get $corner) (i32x4.splat (local.get $h))))
      (local.set $u0 (v128.and (local.get $d) (i32x4.eq (local.get $at) (local.get $corner))))
      (local.set $u1 (v128.and (local.get $d) (i32x4.eq (local.get $at) (i32x4.add (local.get $corner) (vec.i32 1)))))
      ;; Byte offsets of the windows' first values in the upper and lower rows.
      (local.set $p (i32.shl (i32.add (local.get $top) (i32.shl (local.get $x) (i32.const 1))) (i32.const 2)))
      (local.set $q (i32.add (local.get $p) (i32.shl (local.get $h) (i32.const 2))))
      ;; Interleaved: the upper row's 8 values are t0.0 t1.0 t0.1 t1.1 | t0.2 t1.2 t0.3 t1.3, the lower's likewise.
      (local.set $d (local.get $t0))
      (local.set $t0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $d) (local.get $t1)))
      (local.set $t1 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $d) (local.get $t1)))
      (local.set $d (local.get $u0))
      (local.set $u0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $d) (local.get $u1)))
      (local.set $u1 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $d) (local.get $u1)))
      ;; ReLU's f' is written here: a call per vector (not inlined in Node 20's V8) costs more than the rest.
      (if (i32.eq (local.get $act) (i32.const 2))
        (then
          (v128.store (i32.add (local.get $Dprev) (local.get $p)) (v128.and (local.get $t0) (f32x4.gt (v128.load (i32.add (local.get $A) (local.get $p))) (vec.f32 0))))
          (v128.store offset=16 (i32.add (local.get $Dprev) (local.get $p)) (v128.and (local.get $t1) (f32x4.gt (v128.load offset=16 (i32.add (local.get $A) (local.get $p))) (vec.f32 0))))
          (v128.store (i32.add (local.get $Dprev) (local.get $q)) (v128.and (local.get $u0) (f32x4.gt (v128.load (i32.add (local.get $A) (local.get $q))) (vec.f32 0))))
          (v128.store offset=16 (i32.add (local.get $Dprev) (local.get $q)) (v128.and (local.get $u1) (f32x4.gt (v128.load offset=16 (i32.add (local.get $A) (local.get $q))) (vec.f32 0)))))
        (else
          (call $storeDelta (local.get $Dprev) (local.get $A) (local.get $p) (local.get $t0) (local.get $act))
          (call $storeDelta (local.get $Dprev) (local.get $A) (i32.add (local.get $p) (i32.const 16)) (local.get $t1) (local.get $act))
          (call $storeDelta (local.get $Dprev) (local.get $A) (local.get $q) (local.get $u0) (local.get $act))
          (call $storeDelta (local.get $Dprev) (local.get $A) (i32.add (local.get $q) (i32.const 16)) (local.get $u1) (local.get $act))))
      (local.set $D (i32.add (local.get $D) (i32.const 16)))
      (local.set $From (i32.add (local.get $From) (i32.const 16)))
      (br_if $cols (i32.lt_u (local.tee $x (i32.add (local.get $x) (i32.const 4))) (local.get $oh))))
    (br_if $rowPairs (i32.lt_u (local.tee $top (i32.add (local.get $top) (i32.shl (local.get $h) (i32.const 1)))) (local.get $end)))))
