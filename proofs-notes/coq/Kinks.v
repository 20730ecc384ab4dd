(** * The kinks of the min-formula (MATH.md §6), from the μ_i of [Rules].

    On the ray η = d^q, a coefficient μ_i whose lowest-order term in its rate r is c r^k with c > 0 (r = η, or
    r = s = ηd = d^{1+q} for batch reuse) contributes the exponent ((i−1) ∨ 1) − 2k(q + o) of d to
    T(η) = min_i μ_i^{−2} d^{(i−1)∨1}, with o = 0 for η and o = 1 for s; κ(q) = lim log T / log d is the smallest
    of them. *)

From Coq Require Import QArith Reals List Lra.
From SGDX Require Import Poly Gauss Rules Theorems.
Import ListNotations.

(** The lowest power of variable [k] in [p] and its coefficient. *)
Definition lowest (k : nat) (p : poly) : option (nat * Q) :=
  fold_right (fun t acc => match acc with
                           | None => Some (mget (snd t) k, fst t)
                           | Some (e, c) => if (mget (snd t) k <? e)%nat then Some (mget (snd t) k, fst t) else acc
                           end) None p.

(** The branches (i, k), i ≤ n, whose μ_i = [mu_of P i] of the labelled update [P] has a positive lowest-order
    coefficient c r^k. *)
Fixpoint branches_of (P : poly) (rate : nat) (n : nat) : list (nat * nat) :=
  match n with
  | O => []
  | Datatypes.S n' => branches_of P rate n' ++
      match lowest rate (mu_of P n) with
      | Some (k, c) => if Qlt_le_dec 0 c then [(n, k)] else []
      | None => []
      end
  end.

(** The branches of the update rule ψ = [ps] with target σ* = [sstar]. *)
Definition branches (ps sstar : poly) (rate : nat) (n : nat) : list (nat * nat) :=
  branches_of (labelled ps sstar) rate n.

Definition branch_exponent (offset : R) (b : nat * nat) (q : R) : R :=
  (INR (Nat.max (fst b - 1) 1) - 2 * INR (snd b) * (q + offset))%R.

Fixpoint kappa_of (offset : R) (bs : list (nat * nat)) (q : R) : R :=
  match bs with
  | [] => 0%R
  | [b] => branch_exponent offset b q
  | b :: bs' => Rmin (branch_exponent offset b q) (kappa_of offset bs' q)
  end.

(** κ(q) for σ* = σ = He_3, a = 1: alternating SGD (rate η = x_4), batch reuse (rate s = x_5). *)
Definition kappa_alternating (l : loss) : R -> R := kappa_of 0 (branches (psi3 Alternating l) H3 4 12).
Definition kappa_reuse (l : loss) : R -> R := kappa_of 1 (branches (psi3 Reuse l) H3 5 12).

(** κ(q) = v when v is one of the branch exponents and none is smaller. *)
Lemma kappa_of_eq : forall o bs q v, bs <> [] ->
  Forall (fun b => v <= branch_exponent o b q)%R bs -> Exists (fun b => branch_exponent o b q = v) bs ->
  kappa_of o bs q = v.
Proof.
  intros o bs q v. induction bs as [|b bs IH]; intros Hne Hall Hex; [congruence|].
  inversion Hall as [|? ? Hb Hrest]; subst.
  destruct bs as [|b' bs'].
  - inversion Hex as [? ? Hv|? ? Hv]; subst; [reflexivity | inversion Hv].
  - change (Rmin (branch_exponent o b q) (kappa_of o (b' :: bs') q) = v).
    assert (Hle : forall w, Forall (fun b => w <= branch_exponent o b q)%R (b' :: bs') -> (w <= kappa_of o (b' :: bs') q)%R).
    { clear. intros w Hw. revert b' Hw. induction bs' as [|b'' bs'' IH]; intros b' Hw.
      - inversion Hw; assumption.
      - inversion Hw as [|? ? H1 H2]; subst. change (w <= Rmin (branch_exponent o b' q) (kappa_of o (b'' :: bs'') q))%R.
        apply Rmin_glb; [exact H1 | apply IH; exact H2]. }
    inversion Hex as [? ? Hv|? ? Hv]; subst.
    + apply Rmin_left. apply Hle. exact Hrest.
    + rewrite (IH ltac:(discriminate) Hrest Hv). apply Rmin_right. exact Hb.
Qed.

Ltac exponent_lra := unfold branch_exponent; cbn [fst snd Nat.max Nat.sub INR]; lra.
Ltac solve_exists := first [apply Exists_cons_hd; exponent_lra | apply Exists_cons_tl; solve_exists].
Ltac solve_kappa :=
  apply kappa_of_eq; [discriminate | repeat (apply Forall_cons; [exponent_lra|]); apply Forall_nil | solve_exists].

(** Main: kink_alternating — alternating SGD, both losses: κ(q) = 2 for q ≤ −1/2 and 1 − 2q for q ≥ −1/2. *)
Theorem kink_alternating : forall l q,
  ((q <= -1/2 -> kappa_alternating l q = 2) /\ (-1/2 <= q -> kappa_alternating l q = 1 - 2 * q))%R.
Proof.
  intros l q. unfold kappa_alternating.
  replace (branches (psi3 Alternating l) H3 4 12) with [(2, 1); (3, 0); (4, 1); (6, 1)]%nat
    by (destruct l; vm_compute; reflexivity).
  split; intros; [solve_kappa | solve_kappa].
Qed.

(** Main: kink_reuse — batch reuse, both losses: κ(q) = 2 for q ≤ −3/2, −1 − 2q on [−3/2, −1] and −3 − 4q for
    −1 ≤ q ≤ 0 (kinks at η = d^{−3/2} and η = d^{−1}; the squared loss has one more branch, μ_12 = 255150 s⁵,
    which is never the smallest for q ≤ 2/3). *)
Theorem kink_reuse : forall l q,
  ((q <= -3/2 -> kappa_reuse l q = 2) /\
   (-3/2 <= q <= -1 -> kappa_reuse l q = -1 - 2 * q) /\
   (-1 <= q <= 0 -> kappa_reuse l q = -3 - 4 * q))%R.
Proof.
  intros l q. unfold kappa_reuse.
  destruct l.
  - replace (branches (psi3 Reuse Squared) H3 5 12) with [(1, 2); (2, 1); (3, 0); (4, 1); (5, 2); (12, 5)]%nat
      by (vm_compute; reflexivity).
    split; [|split]; intros; [solve_kappa | solve_kappa | solve_kappa].
  - replace (branches (psi3 Reuse Correlation) H3 5 12) with [(1, 2); (2, 1); (3, 0); (4, 1); (5, 2)]%nat
      by (vm_compute; reflexivity).
    split; [|split]; intros; [solve_kappa | solve_kappa | solve_kappa].
Qed.
