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
