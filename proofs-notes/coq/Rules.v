(** * Update rules ψ, drift coefficients μ_i(η) and the drift D(m) (MATH.md §4, §5).

    ψ is written as a polynomial in the label [y] = x_6, the student field [z] = x_0 and the rates [eta] = x_4
    (alternating) or [s] = ηd = x_5 (batch reuse, inner step with |x|² replaced by d, MATH.md §9); the second-layer
    weight [a] is a rational constant. [sigma] is the student activation, a polynomial in x_0. *)

From Coq Require Import QArith Qreals Reals List Bool Arith Lia Lra.
From SGDX Require Import Poly Gauss.
Import ListNotations.
Open Scope Q_scope.

Inductive loss := Squared | Correlation.
Inductive algorithm := Online | Alternating | Reuse.

(** σ(x) and σ'(x) at a polynomial argument x. *)
Definition at_ (f x : poly) : poly := subst 0 x f.
Definition d0 (f : poly) : poly := deriv 0 f.

(** The error factor e: y − a σ(z) for the squared loss ½(y − aσ)², y for the correlation loss −y a σ. *)
Definition err (l : loss) (a : Q) (sigma : poly) : poly :=
  match l with Squared => psub Y (pscale a sigma) | Correlation => Y end.

(** Online SGD: w' = w − γ ∇_w loss (projected), so ψ = a e σ'(z). *)
Definition psi_online (l : loss) (a : Q) (sigma : poly) : poly :=
  pscale a (pmul (err l a sigma) (d0 sigma)).

(** Alternating SGD: second layer first, ã = a − η ∂_a loss = a + η e σ(z), then the first layer with ã:
    ψ = ã (y − ã σ(z)) σ'(z) (squared loss) or ã y σ'(z) (correlation loss). *)
Definition a_tilde (l : loss) (a : Q) (sigma : poly) : poly :=
  padd (pconst a) (pmul ETA (pmul (err l a sigma) sigma)).

Definition psi_alternating (l : loss) (a : Q) (sigma : poly) : poly :=
  let at' := a_tilde l a sigma in
  match l with
  | Squared => pmul at' (pmul (psub Y (pmul at' sigma)) (d0 sigma))
  | Correlation => pmul at' (pmul Y (d0 sigma))
  end.

(** Batch reuse, plain inner step: w̃ = w + η g x with g = a e σ'(z), so ⟨w̃, x⟩ = z + η g |x|² = z + s g with
    |x|² → d; then the online factor of the same loss evaluated at z̃ = ⟨w̃, x⟩:
    ψ = a (y − a σ(z̃)) σ'(z̃) (squared) or a y σ'(z̃) (correlation). *)
Definition z_tilde (l : loss) (a : Q) (sigma : poly) : poly :=
  padd X (pmul S (pscale a (pmul (err l a sigma) (d0 sigma)))).

Definition psi_reuse (l : loss) (a : Q) (sigma : poly) : poly :=
  let zt := z_tilde l a sigma in
  match l with
  | Squared => pscale a (pmul (psub Y (pscale a (at_ sigma zt))) (at_ (d0 sigma) zt))
  | Correlation => pscale a (pmul Y (at_ (d0 sigma) zt))
  end.

Definition psi (alg : algorithm) : loss -> Q -> poly -> poly :=
  match alg with Online => psi_online | Alternating => psi_alternating | Reuse => psi_reuse end.

(** ψ(σ*(A), B) with A = v, B = z: the label replaced by the target link at A. *)
Definition labelled (ps sstar : poly) : poly := subst 6 (at_ sstar V) ps.

(** E[P(A, B) He_i(A) He_{i−1}(B)] / (i! (i−1)!) with A = v, B = z independent standard normals. *)
Definition mu_of (P : poly) (i : nat) : poly :=
  pscale (1 / (qz (zfact i) * qz (zfact (i - 1))))
         (expect 1 (expect 0 (pmul P (pmul (He i V) (He (i - 1) X))))).

(** μ_i = E[ψ(σ*(A), B) He_i(A) He_{i−1}(B)] / (i! (i−1)!) (MATH.md §4). *)
Definition mu (ps sstar : poly) (i : nat) : poly := mu_of (labelled ps sstar) i.

(** D(m) = Σ_{i=1}^{n} i! μ_i m^{i−1} (1 − m²). *)
Definition drift (ps sstar : poly) (n : nat) : poly :=
  psum n (fun k => let i := Datatypes.S k in
                   pscale (qz (zfact i)) (pmul (mu ps sstar i) (pmul (ppow M k) (psub (pconst 1) (pmul M M))))).

(** The teacher field u = m z + c v with c = √(1 − m²) (MATH.md §7). *)
Definition U : poly := padd (pmul M X) (pmul C V).

(** c^e = c^(e mod 2) (1 − m²)^(e / 2): the relation c² = 1 − m². *)
Definition reduce_c (p : poly) : poly :=
  fold_right (fun t acc => let e := mget (snd t) 3 in
                           padd (pmul (tmul (fst t, mset (snd t) 3 (e mod 2)) [(1, [])])
                                      (ppow (psub (pconst 1) (pmul M M)) (e / 2))) acc) [] p.

Lemma reduce_c_sound : forall env p, (env 3%nat ^ 2 = 1 - env 2%nat ^ 2)%R -> peval env (reduce_c p) = peval env p.
Proof.
  intros env p Hc. induction p as [|[c m] p IH]; [reflexivity|].
  cbn [reduce_c fold_right fst snd peval].
  unfold reduce_c in IH. rewrite peval_padd, IH, peval_pmul, peval_tmul, peval_ppow, peval_psub, peval_pconst,
    peval_pmul.
  unfold M. rewrite peval_pvar. unfold teval. cbn [fst snd peval]. unfold teval; cbn [fst snd meval].
  rewrite (meval_split m env 0 3), (meval_mset m env 0 3). rewrite Q2R_1. simpl (0 + 3)%nat.
  rewrite (Nat.div_mod_eq (mget m 3) 2) at 3. rewrite pow_add, pow_mult.
  replace (env 3%nat ^ 2)%R with (1 - env 2%nat * env 2%nat)%R by (rewrite Hc; ring). ring.
Qed.

(** The left side of the drift identity: E[ψ(σ*(u), z)(u − m z)] over independent z, v, with c² = 1 − m². *)
Definition drift_lhs (ps sstar : poly) : poly :=
  reduce_c (expect 1 (expect 0 (pmul (subst 6 (at_ sstar U) ps) (psub U (pmul M X))))).
