;; The exported entry points: one SGD step on a mini-batch, and a forward pass for evaluation.
;;
;; The layer table holds, for each weight layer l, 16 i32 fields (64 bytes; see layout.ts):
;;  +0 inStride, +4 outStride (bytes per row of the layer's input and output), +8 nOut,
;;  +12 W (transposed for l = 0, see input-layer.wat), +16 bias, +20 A (input activations),
;;  +24 Z (output activations), +28 D (deltas of the outputs), +32 Dprev (deltas of the inputs;
;;  unused for l = 0), +36 bytes of W.
;; Images are named by address (ptrs: [count] i32) and labels given as bytes ([count] u8).
;; `active` has room for 784 i32.

;; Forward pass through every layer; the output layer keeps z, for $output. Returns how many
;; pixels have ink in the batch (the length of the `active` list).
(func $forwardAll (param $table i32) (param $layers i32) (param $count i32) (param $act i32)
  (param $ptrs i32) (param $active i32) (result i32)
  (local $l i32) (local $t i32) (local $n i32)
  (local.set $n (call $gather (local.get $ptrs) (local.get $count) (i32.load offset=20 (local.get $table)) (local.get $active)))
  (loop $layer
    (local.set $t (i32.add (local.get $table) (i32.shl (local.get $l) (i32.const 6))))
    (if (i32.eqz (local.get $l))
      (then
        (call $forwardInput
          (i32.load offset=12 (local.get $t)) (i32.load offset=16 (local.get $t))
          (i32.load offset=20 (local.get $t)) (i32.load offset=24 (local.get $t)) (local.get $count)
          (i32.load offset=4 (local.get $t)) (local.get $active) (i32.add (local.get $active) (i32.shl (local.get $n) (i32.const 2)))
          (i32.const 0) (i32.load offset=4 (local.get $t)))
        ;; A first layer that is also the last keeps z for $output.
        (if (i32.gt_u (local.get $layers) (i32.const 1))
          (then (call $activateRows (i32.load offset=24 (local.get $t)) (local.get $count)
            (i32.load offset=4 (local.get $t)) (i32.load offset=8 (local.get $t)) (local.get $act)
            (i32.const 0) (i32.load offset=4 (local.get $t))))))
      (else (call $forward
        (i32.load offset=12 (local.get $t)) (i32.load offset=16 (local.get $t))
        (i32.load offset=20 (local.get $t)) (i32.load offset=24 (local.get $t)) (local.get $count)
        (i32.load offset=0 (local.get $t)) (i32.load offset=4 (local.get $t)) (i32.load offset=8 (local.get $t))
        (select (i32.const 3) (local.get $act) (i32.eq (local.get $l) (i32.sub (local.get $layers) (i32.const 1)))))))
    (br_if $layer (i32.lt_u (local.tee $l (i32.add (local.get $l) (i32.const 1))) (local.get $layers))))
  (local.get $n))

;; The output layer's activation, cost and deltas; returns the summed cost.
(func $finish (param $table i32) (param $layers i32) (param $count i32) (param $cost i32) (param $labels i32) (result f64)
  (local $t i32)
  (local.set $t (i32.add (local.get $table) (i32.shl (i32.sub (local.get $layers) (i32.const 1)) (i32.const 6))))
  (call $output (i32.load offset=24 (local.get $t)) (i32.load offset=28 (local.get $t)) (local.get $count)
    (i32.load offset=4 (local.get $t)) (i32.load offset=8 (local.get $t)) (local.get $cost) (local.get $labels)))

;; One SGD step: forward, backpropagation, then W = decay W - rate D^T A (rate = eta / count,
;; decay = 1 - eta lambda / n). Returns the summed cost of the batch before the step.
;; act: 0 sigmoid, 1 tanh, 2 ReLU; cost: 0 quadratic, 1 cross-entropy, 2 log-likelihood.
(func (export "train") (param $table i32) (param $layers i32) (param $count i32) (param $rate f32) (param $decay f32)
  (param $act i32) (param $cost i32) (param $ptrs i32) (param $labels i32) (param $active i32) (result f64)
  (local $l i32) (local $t i32) (local $n i32) (local $total f64)
  (local.set $n (call $forwardAll (local.get $table) (local.get $layers) (local.get $count) (local.get $act)
    (local.get $ptrs) (local.get $active)))
  (local.set $total (call $finish (local.get $table) (local.get $layers) (local.get $count) (local.get $cost) (local.get $labels)))
  ;; The deltas of every layer first, while the weights are still those of the forward pass.
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
  (loop $updates
    (local.set $t (i32.add (local.get $table) (i32.shl (local.get $l) (i32.const 6))))
    (if (f32.ne (local.get $decay) (f32.const 1))
      (then (call $scale (i32.load offset=12 (local.get $t)) (i32.load offset=36 (local.get $t)) (local.get $decay))))
    (if (i32.eqz (local.get $l))
      ;; The first layer's blank pixels have zero gradient: the update skips them, as the forward pass did.
      (then (call $updateInput
        (i32.load offset=12 (local.get $t)) (i32.load offset=16 (local.get $t))
        (i32.load offset=20 (local.get $t)) (i32.load offset=28 (local.get $t)) (local.get $count)
        (i32.load offset=4 (local.get $t))
        (local.get $active) (i32.add (local.get $active) (i32.shl (local.get $n) (i32.const 2))) (local.get $rate)
        (i32.const 0) (i32.load offset=4 (local.get $t))))
      (else (call $update
        (i32.load offset=12 (local.get $t)) (i32.load offset=16 (local.get $t))
        (i32.load offset=20 (local.get $t)) (i32.load offset=28 (local.get $t)) (local.get $count)
        (i32.load offset=0 (local.get $t)) (i32.load offset=4 (local.get $t)) (local.get $rate))))
    (br_if $updates (i32.lt_u (local.tee $l (i32.add (local.get $l) (i32.const 1))) (local.get $layers))))
  (local.get $total))

;; The forward pass alone, for evaluation: leaves the outputs in the last layer's Z and returns
;; the summed cost of the examples.
(func (export "infer") (param $table i32) (param $layers i32) (param $count i32)
  (param $act i32) (param $cost i32) (param $ptrs i32) (param $labels i32) (param $active i32) (result f64)
  (drop (call $forwardAll (local.get $table) (local.get $layers) (local.get $count) (local.get $act)
    (local.get $ptrs) (local.get $active)))
  (call $finish (local.get $table) (local.get $layers) (local.get $count) (local.get $cost) (local.get $labels)))
