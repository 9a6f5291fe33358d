;; One SGD step shared by several workers on one shared memory (see split-engine.ts). Each worker
;; owns a share of the first layer's neurons, bytes [from, to) of a row of its outputs: 16-neuron
;; blocks, one cache line of W^T per pixel, so no two workers write the same line. A step is
;;   coordinator: gatherBatch | all: forwardShare | coordinator: middle | all: updateShare
;; with every worker at a barrier between the phases. Each value is computed by the same
;; instructions in the same order as in "train", so the result equals one worker's bit for bit.

;; Forms the mini-batch's inputs from the image addresses at ptrs; returns how many pixels have ink
;; (the length of the list at `active`).
(func (export "gatherBatch") (param $table i32) (param $count i32) (param $ptrs i32) (param $active i32) (result i32)
  (call $gather (local.get $ptrs) (local.get $count) (i32.load offset=20 (local.get $table)) (local.get $active)))

;; The first layer's z (and activation, unless it is also the output layer) for a share of its neurons.
(func (export "forwardShare") (param $table i32) (param $layers i32) (param $count i32) (param $act i32)
  (param $active i32) (param $n i32) (param $from i32) (param $to i32)
  (call $forwardInput
    (i32.load offset=12 (local.get $table)) (i32.load offset=16 (local.get $table))
    (i32.load offset=20 (local.get $table)) (i32.load offset=24 (local.get $table)) (local.get $count)
    (i32.load offset=4 (local.get $table)) (local.get $active) (i32.add (local.get $active) (i32.shl (local.get $n) (i32.const 2)))
    (local.get $from) (local.get $to))
  (if (i32.gt_u (local.get $layers) (i32.const 1))
    (then (call $activateRows (i32.load offset=24 (local.get $table)) (local.get $count)
      (i32.load offset=4 (local.get $table)) (i32.load offset=8 (local.get $table)) (local.get $act)
      (local.get $from) (local.get $to)))))

;; Everything after the first layer's forward pass and before its update, on one worker: the
;; later layers forward, the cost, every layer's deltas, the later layers' updates. Returns the
;; summed cost of the batch.
(func (export "middle") (param $table i32) (param $layers i32) (param $count i32) (param $rate f32) (param $decay f32)
  (param $act i32) (param $cost i32) (param $labels i32) (result f64)
  (local $l i32) (local $t i32) (local $total f64)
  (local.set $l (i32.const 1))
  (block $forwardDone
    (loop $forwardLayers
      (br_if $forwardDone (i32.ge_u (local.get $l) (local.get $layers)))
      (local.set $t (i32.add (local.get $table) (i32.shl (local.get $l) (i32.const 6))))
      (call $forward
        (i32.load offset=12 (local.get $t)) (i32.load offset=16 (local.get $t))
        (i32.load offset=20 (local.get $t)) (i32.load offset=24 (local.get $t)) (local.get $count)
        (i32.load offset=0 (local.get $t)) (i32.load offset=4 (local.get $t)) (i32.load offset=8 (local.get $t))
        (select (i32.const 3) (local.get $act) (i32.eq (local.get $l) (i32.sub (local.get $layers) (i32.const 1)))))
      (local.set $l (i32.add (local.get $l) (i32.const 1)))
      (br $forwardLayers)))
  (local.set $total (call $finish (local.get $table) (local.get $layers) (local.get $count) (local.get $cost) (local.get $labels)))
  (local.set $l (i32.sub (local.get $layers) (i32.const 1)))
  (block $deltasDone
    (loop $deltas
      (br_if $deltasDone (i32.eqz (local.get $l)))
      (local.set $t (i32.add (local.get $table) (i32.shl (local.get $l) (i32.const 6))))
      (call $backward
        (i32.load offset=12 (local.get $t)) (i32.load offset=28 (local.get $t)) (i32.load offset=32 (local.get $t))
        (i32.load offset=20 (local.get $t)) (local.get $count)
        (i32.load offset=0 (local.get $t)) (i32.load offset=4 (local.get $t)) (i32.load offset=8 (local.get $t)) (local.get $act))
      (local.set $l (i32.sub (local.get $l) (i32.const 1)))
      (br $deltas)))
  (local.set $l (i32.const 1))
  (block $updatesDone
    (loop $updates
      (br_if $updatesDone (i32.ge_u (local.get $l) (local.get $layers)))
      (local.set $t (i32.add (local.get $table) (i32.shl (local.get $l) (i32.const 6))))
      (if (f32.ne (local.get $decay) (f32.const 1))
        (then (call $scale (i32.load offset=12 (local.get $t)) (i32.load offset=36 (local.get $t)) (local.get $decay))))
      (call $update
        (i32.load offset=12 (local.get $t)) (i32.load offset=16 (local.get $t))
        (i32.load offset=20 (local.get $t)) (i32.load offset=28 (local.get $t)) (local.get $count)
        (i32.load offset=0 (local.get $t)) (i32.load offset=4 (local.get $t)) (local.get $rate))
      (local.set $l (i32.add (local.get $l) (i32.const 1)))
      (br $updates)))
  (local.get $total))

;; The first layer's weight decay and SGD update for a share of its neurons.
(func (export "updateShare") (param $table i32) (param $count i32) (param $rate f32) (param $decay f32)
  (param $active i32) (param $n i32) (param $from i32) (param $to i32)
  (if (f32.ne (local.get $decay) (f32.const 1))
    (then (call $scaleColumns (i32.load offset=12 (local.get $table)) (i32.const 784) (i32.load offset=4 (local.get $table))
      (local.get $from) (local.get $to) (local.get $decay))))
  (call $updateInput
    (i32.load offset=12 (local.get $table)) (i32.load offset=16 (local.get $table))
    (i32.load offset=20 (local.get $table)) (i32.load offset=28 (local.get $table)) (local.get $count)
    (i32.load offset=4 (local.get $table))
    (local.get $active) (i32.add (local.get $active) (i32.shl (local.get $n) (i32.const 2))) (local.get $rate)
    (local.get $from) (local.get $to)))

;; Multiplies bytes [from, to) of each of `rows` rows of `stride` bytes at W by s.
(func $scaleColumns (param $W i32) (param $rows i32) (param $stride i32) (param $from i32) (param $to i32) (param $s f32)
  (local $row i32) (local $end i32) (local $p i32) (local $rowEnd i32) (local $sv v128)
  (if (i32.ge_u (local.get $from) (local.get $to)) (then (return)))
  (local.set $sv (f32x4.splat (local.get $s)))
  (local.set $row (local.get $W))
  (local.set $end (i32.add (local.get $W) (i32.mul (local.get $rows) (local.get $stride))))
  (loop $rowsLoop
    (local.set $p (i32.add (local.get $row) (local.get $from)))
    (local.set $rowEnd (i32.add (local.get $row) (local.get $to)))
    (loop $vectors
      (v128.store (local.get $p) (f32x4.mul (v128.load (local.get $p)) (local.get $sv)))
      (br_if $vectors (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 16))) (local.get $rowEnd))))
    (br_if $rowsLoop (i32.lt_u (local.tee $row (i32.add (local.get $row) (local.get $stride))) (local.get $end)))))
