(** * Multivariate polynomials over ℚ with a proven evaluation semantics.

    A polynomial is a list of terms [(c, m)]: the coefficient [c : Q] times the monomial [m], a list of
    exponents ([m] = [e0; e1; ...] stands for x_0^e0 x_1^e1 ...; missing trailing exponents are 0).
    The operations keep terms sorted by [mcmp] with distinct monomials and non-zero coefficients, so that
    [vm_compute] decides identities quickly; their soundness (the lemmas [peval_*] below) does not depend on
    that invariant.  The meaning of a polynomial is [peval env p], its value in ℝ when variable [i] takes the
    value [env i]; [p ≡ q] means that the two polynomials have the same value everywhere. *)

From Coq Require Import QArith Qreals Reals List Bool Arith Lia Lra.
Import ListNotations.
Open Scope Q_scope.

Definition mono := list nat.
Definition term := (Q * mono)%type.
Definition poly := list term.

(** ** Monomials *)

Fixpoint allzero (a : mono) : bool :=
  match a with [] => true | O :: t => allzero t | S _ :: _ => false end.

Fixpoint mcmp (a b : mono) : comparison :=
  match a, b with
  | [], _ => if allzero b then Eq else Lt
  | _, [] => if allzero a then Eq else Gt
  | x :: a', y :: b' => match Nat.compare x y with Eq => mcmp a' b' | c => c end
  end.

Fixpoint mmul (a b : mono) : mono :=
  match a, b with
  | [], _ => b
  | _, [] => a
  | x :: a', y :: b' => (x + y)%nat :: mmul a' b'
  end.

Fixpoint meval (env : nat -> R) (i : nat) (m : mono) : R :=
  match m with
  | [] => 1%R
  | e :: t => (env i ^ e * meval env (S i) t)%R
  end.

Lemma meval_allzero : forall env i b, allzero b = true -> meval env i b = 1%R.
Proof.
  intros env i b; revert i; induction b as [|[|y] b IH]; intros i H; simpl in *; try discriminate.
  - reflexivity.
  - rewrite (IH (S i) H). ring.
Qed.

Lemma mcmp_eq_meval : forall a b env i, mcmp a b = Eq -> meval env i a = meval env i b.
Proof.
  induction a as [|x a IH]; intros b env i H.
  - simpl in H. destruct (allzero b) eqn:Z; [|discriminate].
    rewrite (meval_allzero env i b Z). reflexivity.
  - destruct b as [|y b].
    + change ((if allzero (x :: a) then Eq else Gt) = Eq) in H.
      destruct (allzero (x :: a)) eqn:Z; [|discriminate].
      rewrite (meval_allzero env i (x :: a) Z). reflexivity.
    + simpl in H. simpl.
      destruct (Nat.compare_spec x y); try discriminate. subst.
      rewrite (IH b env (S i) H). reflexivity.
Qed.

Lemma meval_mmul : forall a b env i, meval env i (mmul a b) = (meval env i a * meval env i b)%R.
Proof.
  induction a as [|x a IH]; intros b env i; simpl.
  - ring.
  - destruct b as [|y b]; simpl.
    + ring.
    + rewrite IH, pow_add. ring.
Qed.

(** ** Evaluation *)

Definition teval (env : nat -> R) (t : term) : R := (Q2R (fst t) * meval env 0 (snd t))%R.

Fixpoint peval (env : nat -> R) (p : poly) : R :=
  match p with
  | [] => 0%R
  | t :: p' => (teval env t + peval env p')%R
  end.

Definition peq (p q : poly) : Prop := forall env, peval env p = peval env q.
Infix "≡" := peq (at level 70).

Lemma peval_app : forall env p q, peval env (p ++ q) = (peval env p + peval env q)%R.
Proof. induction p; intros; simpl; [ring | rewrite IHp; ring]. Qed.

Lemma Q2R_0 : Q2R 0 = 0%R.
Proof. unfold Q2R; simpl; field. Qed.

Lemma Q2R_1 : Q2R 1 = 1%R.
Proof. unfold Q2R; simpl; field. Qed.

Lemma Qeq_bool_Q2R : forall c, Qeq_bool c 0 = true -> Q2R c = 0%R.
Proof. intros c H. apply Qeq_bool_eq in H. rewrite (Qeq_eqR _ _ H). apply Q2R_0. Qed.

Lemma Q2R_red : forall c, Q2R (Qred c) = Q2R c.
Proof. intros; apply Qeq_eqR, Qred_correct. Qed.

(** ** Sum: merge of sorted term lists, equal monomials combined, zero coefficients dropped *)

Fixpoint padd (p q : poly) {struct p} : poly :=
  match p with
  | [] => q
  | (c, m) :: p' =>
      (fix padd_aux (q : poly) : poly :=
         match q with
         | [] => p
         | (d, n) :: q' =>
             match mcmp m n with
             | Lt => (c, m) :: padd p' q
             | Gt => (d, n) :: padd_aux q'
             | Eq => let s := Qred (c + d) in
                     if Qeq_bool s 0 then padd p' q' else (s, m) :: padd p' q'
             end
         end) q
  end.

Lemma peval_padd : forall env p q, peval env (padd p q) = (peval env p + peval env q)%R.
Proof.
  intros env p. induction p as [|[c m] p IH]; intros q.
  - simpl; ring.
  - induction q as [|[d n] q IHq].
    + simpl. ring.
    + cbn [padd]. destruct (mcmp m n) eqn:E.
      * destruct (Qeq_bool (Qred (c + d)) 0) eqn:Z.
        -- apply Qeq_bool_Q2R in Z. rewrite Q2R_red, Q2R_plus in Z.
           rewrite IH. cbn [peval]. unfold teval; cbn [fst snd].
           rewrite (mcmp_eq_meval m n env 0 E). nra.
        -- cbn [peval]. rewrite IH. unfold teval; cbn [fst snd].
           rewrite Q2R_red, Q2R_plus, (mcmp_eq_meval m n env 0 E). ring.
      * cbn [peval]. rewrite IH. cbn [peval]. ring.
      * cbn [peval]. cbn [padd peval] in IHq. rewrite IHq. ring.
Qed.

(** ** Constants, variables, scaling, product, powers *)

Definition pconst (c : Q) : poly := if Qeq_bool c 0 then [] else [(c, [])].
Definition pvar (i : nat) : poly := [(1, repeat O i ++ [1%nat])].
Definition pzero : poly := [].

Lemma peval_pconst : forall env c, peval env (pconst c) = Q2R c.
Proof.
  intros env c. unfold pconst. destruct (Qeq_bool c 0) eqn:Z.
  - rewrite (Qeq_bool_Q2R c Z). reflexivity.
  - cbn [peval]; unfold teval; cbn [fst snd meval]. ring.
Qed.

Lemma meval_var : forall env i j, meval env j (repeat O i ++ [1%nat]) = env (j + i)%nat.
Proof.
  intros env i. induction i; intros j; simpl.
  - rewrite Nat.add_0_r. ring.
  - rewrite IHi. replace (S j + i)%nat with (j + S i)%nat by lia. ring.
Qed.

Lemma peval_pvar : forall env i, peval env (pvar i) = env i.
Proof. intros. unfold pvar; cbn [peval]; unfold teval; cbn [fst snd]. rewrite meval_var, Q2R_1. simpl. ring. Qed.

Definition tmul (t : term) (q : poly) : poly :=
  let (c, m) := t in
  if Qeq_bool c 0 then [] else map (fun u => (Qred (c * fst u), mmul m (snd u))) q.

Lemma peval_tmul : forall env t q, peval env (tmul t q) = (teval env t * peval env q)%R.
Proof.
  intros env [c m] q. unfold tmul. destruct (Qeq_bool c 0) eqn:Z.
  - cbn [peval]; unfold teval; cbn [fst snd]. rewrite (Qeq_bool_Q2R c Z). ring.
  - induction q as [|[d n] q IH]; cbn [map peval].
    + ring.
    + rewrite IH. unfold teval; cbn [fst snd]. rewrite Q2R_red, Q2R_mult, meval_mmul. ring.
Qed.

Fixpoint pmul (p q : poly) : poly :=
  match p with
  | [] => []
  | t :: p' => padd (tmul t q) (pmul p' q)
  end.

Lemma peval_pmul : forall env p q, peval env (pmul p q) = (peval env p * peval env q)%R.
Proof.
  induction p as [|t p IH]; intros q; simpl.
  - ring.
  - rewrite peval_padd, peval_tmul, IH. ring.
Qed.

Definition pscale (c : Q) (p : poly) : poly := tmul (c, []) p.

Lemma peval_pscale : forall env c p, peval env (pscale c p) = (Q2R c * peval env p)%R.
Proof. intros. unfold pscale. rewrite peval_tmul. unfold teval; cbn [fst snd meval]. ring. Qed.

Definition popp (p : poly) : poly := pscale (-1) p.
Definition psub (p q : poly) : poly := padd p (popp q).

Lemma peval_psub : forall env p q, peval env (psub p q) = (peval env p - peval env q)%R.
Proof.
  intros. unfold psub, popp. rewrite peval_padd, peval_pscale.
  replace (Q2R (-1)) with (-1)%R by (unfold Q2R; simpl; field). ring.
Qed.

Fixpoint ppow (p : poly) (n : nat) : poly :=
  match n with
  | O => pconst 1
  | S k => pmul p (ppow p k)
  end.

Lemma peval_ppow : forall env p n, peval env (ppow p n) = (peval env p ^ n)%R.
Proof.
  intros env p n. induction n; cbn [ppow pow].
  - rewrite peval_pconst. apply Q2R_1.
  - rewrite peval_pmul, IHn. ring.
Qed.

(** Sum of [f i] for [i = 0 .. n-1]. *)
Fixpoint psum (n : nat) (f : nat -> poly) : poly :=
  match n with
  | O => []
  | S k => padd (psum k f) (f k)
  end.

(** ** Deciding ≡ *)

Definition peqb (p q : poly) : bool :=
  match psub p q with [] => true | _ => false end.

Lemma peqb_sound : forall p q, peqb p q = true -> p ≡ q.
Proof.
  intros p q H env. unfold peqb in H.
  destruct (psub p q) eqn:E; [|discriminate].
  assert (Hz : peval env (psub p q) = 0%R) by (rewrite E; reflexivity).
  rewrite peval_psub in Hz. lra.
Qed.

(** A polynomial that is [≡] to a non-zero constant is not [≡] to zero. *)
Lemma not_peq_zero : forall p c, p ≡ pconst c -> ~ (c == 0) -> ~ (p ≡ pzero).
Proof.
  intros p c H Hc H0. apply Hc. apply eqR_Qeq.
  specialize (H (fun _ => 0%R)). specialize (H0 (fun _ => 0%R)).
  rewrite peval_pconst in H. simpl in H0. rewrite Q2R_0. congruence.
Qed.

(** Checking a property for all [i <= n] by computation. *)
Fixpoint all_upto (n : nat) (f : nat -> bool) : bool :=
  match n with
  | O => f O
  | S k => f n && all_upto k f
  end.

Lemma all_upto_spec : forall n f, all_upto n f = true -> forall i, (i <= n)%nat -> f i = true.
Proof.
  induction n; intros f H i Hi; simpl in H.
  - replace i with O by lia. exact H.
  - apply andb_true_iff in H as [H1 H2].
    destruct (Nat.eq_dec i (S n)) as [->|]; [exact H1|]. apply IHn; auto; lia.
Qed.

(** ** Operations on one variable: substitution, formal derivative, Gaussian expectation *)

Fixpoint mget (m : mono) (k : nat) : nat :=
  match m, k with
  | [], _ => O
  | e :: _, O => e
  | _ :: t, S k' => mget t k'
  end.

Fixpoint mset (m : mono) (k : nat) (e : nat) : mono :=
  match m, k with
  | [], O => [e]
  | [], S k' => O :: mset [] k' e
  | _ :: t, O => e :: t
  | x :: t, S k' => x :: mset t k' e
  end.

Fixpoint maxexp (k : nat) (p : poly) : nat :=
  match p with [] => O | (_, m) :: p' => Nat.max (mget m k) (maxexp k p') end.

Fixpoint powers (q : poly) (n : nat) : list poly :=
  match n with O => [pconst 1] | S k => powers q k ++ [ppow q n] end.

(** [subst k q p]: the variable [k] of [p] replaced by the polynomial [q]. *)
Definition subst (k : nat) (q : poly) (p : poly) : poly :=
  let pw := powers q (maxexp k p) in
  fold_right (fun t acc => padd (pmul (tmul (fst t, mset (snd t) k O) [(1, [])])
                                      (nth (mget (snd t) k) pw (ppow q (mget (snd t) k)))) acc) [] p.

(** [deriv k p]: the formal partial derivative in the variable [k]. *)
Definition deriv (k : nat) (p : poly) : poly :=
  fold_right (fun t acc => let e := mget (snd t) k in
                           match e with
                           | O => acc
                           | S e' => padd [(Qred (fst t * inject_Z (Z.of_nat e)), mset (snd t) k e')] acc
                           end) [] p.

(** ** The exponent of one variable *)

Lemma meval_mset_nil : forall env i k, meval env i (mset [] k O) = 1%R.
Proof. intros env i k; revert i; induction k; intros i; simpl; [ring | rewrite IHk; ring]. Qed.

Lemma meval_mset : forall m env i k e,
  meval env i (mset m k e) = (meval env i (mset m k O) * env (i + k)%nat ^ e)%R.
Proof.
  induction m as [|x m IH]; intros env i k e.
  - revert i; induction k; intros i; simpl.
    + rewrite Nat.add_0_r. ring.
    + rewrite IHk. replace (S i + k)%nat with (i + S k)%nat by lia. ring.
  - destruct k; simpl.
    + rewrite Nat.add_0_r. ring.
    + rewrite IH. replace (S i + k)%nat with (i + S k)%nat by lia. ring.
Qed.

Lemma meval_split : forall m env i k,
  meval env i m = (meval env i (mset m k O) * env (i + k)%nat ^ mget m k)%R.
Proof.
  induction m as [|x m IH]; intros env i k.
  - destruct k; simpl; [ring|]. rewrite meval_mset_nil. ring.
  - destruct k; simpl.
    + rewrite Nat.add_0_r. ring.
    + rewrite (IH env (S i) k). replace (S i + k)%nat with (i + S k)%nat by lia. ring.
Qed.
