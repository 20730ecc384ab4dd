(** * The Gaussian integral (MATH.md §2): the link between [moment] and Lebesgue measure. *)

From Coq Require Import Reals.
Set Warnings "-ambiguous-paths".
From Coquelicot Require Import Coquelicot.
From SGDX Require Import Poly Gauss.

Definition gauss_density (x : R) : R := (exp (- (x * x) / 2) / sqrt (2 * PI))%R.

(** Declared axiom (proofs-notes/coq/AXIOMS): ∫_ℝ x^n φ(x) dx = E[Z^n] = [moment n] as an improper Riemann integral.
    Not proven here: it needs ∫ e^{−x²/2} dx = √(2π), which neither the Coq standard library nor Coquelicot
    provides. *)
Axiom gaussian_moment_integral : forall n : nat,
  is_RInt_gen (fun x => (x ^ n * gauss_density x)%R) (Rbar_locally m_infty) (Rbar_locally p_infty)
              (IZR (moment n)).

(** ** From monomials to polynomials: [expect k] is the Gaussian integral over the variable [k]. *)

From Coq Require Import List Arith Lia Lra QArith Qreals.
Import ListNotations.

(** [env] with the variable [k] set to [x]. *)
Definition upd (env : nat -> R) (k : nat) (x : R) : nat -> R := fun i => if Nat.eqb i k then x else env i.

Lemma meval_ext_from : forall m i env1 env2, (forall j, (i <= j)%nat -> env1 j = env2 j) ->
  meval env1 i m = meval env2 i m.
Proof.
  induction m as [|e m IH]; intros i env1 env2 H; simpl; [reflexivity|].
  rewrite (H i (le_n i)), (IH (Datatypes.S i) env1 env2); [reflexivity|]. intros j Hj; apply H; lia.
Qed.

Lemma meval_upd_mset : forall m i k env x,
  meval (upd env (i + k) x) i (mset m k O) = meval env i (mset m k O).
Proof.
  induction m as [|e m IH]; intros i k env x.
  - rewrite !meval_mset_nil. reflexivity.
  - destruct k as [|k]; simpl.
    + f_equal. apply meval_ext_from. intros j Hj. unfold upd.
      destruct (Nat.eqb_spec j (i + 0)); [lia | reflexivity].
    + unfold upd at 1. destruct (Nat.eqb_spec i (i + Datatypes.S k)); [lia|].
      replace (i + Datatypes.S k)%nat with (Datatypes.S i + k)%nat by lia. rewrite IH. reflexivity.
Qed.

(** The value of one term at x_k = x: (its value with x_k removed) · x^{e_k}. *)
Lemma meval_upd : forall m k env x,
  meval (upd env k x) 0 m = (meval env 0 (mset m k O) * x ^ mget m k)%R.
Proof.
  intros m k env x. rewrite (meval_split m (upd env k x) 0 k).
  pose proof (meval_upd_mset m 0 k env x) as H. simpl in H. rewrite H. simpl.
  unfold upd at 1. rewrite Nat.eqb_refl. reflexivity.
Qed.

Lemma is_RInt_gen_value : forall (f : R -> R) (l l' : R),
  l = l' -> is_RInt_gen f (Rbar_locally m_infty) (Rbar_locally p_infty) l ->
  is_RInt_gen f (Rbar_locally m_infty) (Rbar_locally p_infty) l'.
Proof. intros f l l' <-. tauto. Qed.

Ltac rmult := unfold plus, scal; simpl; unfold mult; simpl.

Lemma is_RInt_gen_zero :
  is_RInt_gen (fun _ : R => 0%R) (Rbar_locally m_infty) (Rbar_locally p_infty) 0%R.
Proof.
  pose proof (is_RInt_gen_scal _ 0%R _ (gaussian_moment_integral 0)) as H.
  eapply is_RInt_gen_value; [|eapply is_RInt_gen_ext; [|exact H]].
  - rmult. ring.
  - apply filter_forall. intros ab y _. rmult. ring.
Qed.

(** Main: expect_is_gaussian_integral — for every polynomial p and every value of the other variables,
    ∫ p(x_k = x) φ(x) dx = [expect k p] (from [gaussian_moment_integral]). *)
Theorem expect_is_gaussian_integral : forall k p env,
  is_RInt_gen (fun x => (peval (upd env k x) p * gauss_density x)%R)
              (Rbar_locally m_infty) (Rbar_locally p_infty) (peval env (expect k p)).
Proof.
  intros k p env. induction p as [|[c m] p IH].
  - eapply is_RInt_gen_ext; [|exact is_RInt_gen_zero]. apply filter_forall. intros ab y _. simpl. ring.
  - unfold expect. cbn [fold_right fst snd]. fold (expect k p).
    rewrite peval_padd, peval_tmul. unfold teval; cbn [fst snd peval meval]. rewrite Q2R_red, Q2R_mult.
    pose proof (is_RInt_gen_scal _ (Q2R c * meval env 0 (mset m k O))%R _ (gaussian_moment_integral (mget m k)))
      as Hm.
    pose proof (is_RInt_gen_plus _ _ _ _ Hm IH) as Hs.
    eapply is_RInt_gen_value; [|eapply is_RInt_gen_ext; [|exact Hs]].
    + assert (Hq : Q2R (qz (moment (mget m k))) = IZR (moment (mget m k))) by (unfold qz, Q2R; simpl; field).
      assert (H1 : teval env (1%Q, []) = 1%R) by (unfold teval; cbn [fst snd meval]; rewrite Q2R_1; ring).
      rewrite Hq, H1. rmult. ring.
    + apply filter_forall. intros ab y _.
      cbn [peval]. unfold teval at 1; cbn [fst snd]. rewrite meval_upd. rmult. ring.
Qed.
